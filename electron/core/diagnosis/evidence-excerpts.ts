import type { Engagement } from '../engagement/engagement'
import { diagnosisSourceRepository } from '../repositories/diagnosis-source'

/** The excerpts behind a figure, as the evidence panel shows them (text, respondent, document). */
export function evidenceExcerpts(e: Engagement, refs: readonly { documentId: string; start: number; end: number }[]) {
  return diagnosisSourceRepository(e.db).evidence(refs)
}

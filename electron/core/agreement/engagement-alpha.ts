import { alphaByCode, answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, personCoderIds } from './agreement-codings'

/**
 * Krippendorff's alpha by code key over every person coder's common documents, for the diagnosis'
 * reliability gate; undefined when fewer than two coders coded the same document, so that a study
 * coded by one consultant per interview reads exactly as before.
 */
export function engagementAlphaByCode(e: Engagement): Record<string, number> | undefined {
  // Every diagnosis asks: with one consultant's codings (the usual case) the answer comes from the
  // coder index alone, without reading 50,000 codings.
  const persons = personCoderIds(e.db)
  const coding = new Set(
    e.db
      .prepare<[], { coder_id: string }>('SELECT DISTINCT coder_id FROM codings')
      .all()
      .map((r) => r.coder_id),
  )
  if (persons.filter((id) => coding.has(id)).length < 2) return undefined
  const agreement = answerUnitsAgreement(agreementCodings(e.db), persons)
  if (agreement.coderIds.length < 2) return undefined
  const alpha = alphaByCode(agreement)
  return Object.keys(alpha).length ? alpha : undefined
}

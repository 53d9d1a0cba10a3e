import type { BulkCodingResult, CodeHitsInput } from '../../../shared/api/search'
import { scopeSpans } from '../../../shared/domain/search/coding-scope'
import { applyCodingToSpans, type CodingSpan } from '../coding/apply-coding'
import type { Engagement } from '../engagement/engagement'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { documentHits } from './search-documents'

/** Codes every hit of a search, or the sentence around each, as one undoable 'codeHits' action. */
export function codeSearchHits(e: Engagement, input: CodeHitsInput, job: JobControl = UNWATCHED_JOB): BulkCodingResult {
  const spans: CodingSpan[] = []
  for (const { doc, hits } of documentHits(e, input.query))
    for (const s of scopeSpans(doc.text, hits, input.scope)) spans.push({ documentId: doc.id, ...s })
  const added = applyCodingToSpans(e, spans, { codeIds: input.codeIds, coderId: input.coderId }, 'codeHits', job)
  return { spans: spans.length, codings: added.length, history: e.history.state() }
}

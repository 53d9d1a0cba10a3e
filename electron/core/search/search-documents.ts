import type { SearchInput, SearchResult } from '../../../shared/api/search'
import { findTermHits, type TextSpan } from '../../../shared/domain/search/find-hits'
import { parseSearchQuery, toFtsMatch } from '../../../shared/domain/search/search-query'
import type { Engagement } from '../engagement/engagement'
import { candidateDocuments, spanRow, type CandidateDocument } from './candidate-documents'

/** How many hits a search lists unless asked; the total counts them all. */
const DEFAULT_LIMIT = 500

/**
 * Full-text search: FTS5 finds the documents holding every term (accents and case ignored), then
 * each hit is located in the document's own text, so that its offsets can be coded.
 */
export function searchDocuments(e: Engagement, input: SearchInput): SearchResult {
  const limit = input.limit ?? DEFAULT_LIMIT
  const out: SearchResult = { total: 0, documents: 0, hits: [] }
  for (const { doc, hits } of documentHits(e, input.query)) {
    out.total += hits.length
    out.documents++
    for (const h of hits) if (out.hits.length < limit) out.hits.push(spanRow(doc, h))
  }
  return out
}

/** Every document the query finds, with its hits, in the navigator's order. */
export function* documentHits(e: Engagement, query: string): Generator<{ doc: CandidateDocument; hits: TextSpan[] }> {
  const terms = parseSearchQuery(query)
  if (terms.length === 0) return
  for (const doc of candidateDocuments(e, toFtsMatch(terms))) {
    const hits = findTermHits(doc.text, terms)
    // FTS5 and the matcher fold a few letters differently (ligatures): a document without a hit is no result.
    if (hits.length > 0) yield { doc, hits }
  }
}

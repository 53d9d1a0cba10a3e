import type { CollectiveExcerpt, EvidenceCandidate } from '../../../shared/api/collectives'
import { foldName, foldText } from '../../../shared/domain/text-folding'
import type { Engagement } from '../engagement/engagement'
import { collectiveExcerptRepository } from '../repositories/collective-excerpts'
import { existingCollective } from './collective-cards'
import { saidAround } from '../../../shared/domain/said-around'
import { toFtsMatch } from '../../../shared/domain/search/search-query'

const MOST = 100

/**
 * Codings of the COL family (and its child codes) said in the same breath as the collective's
 * name (saidAround), not yet linked to it; those whose own words name it first.
 */
export function evidenceSuggestions(e: Engagement, collectiveId: string): EvidenceCandidate[] {
  const collective = existingCollective(e, collectiveId)
  const linked = new Set(collective.evidenceCodingIds)
  const excerpts = collectiveExcerptRepository(e.db)
  const name = foldName(collective.name)
  const pool = excerpts.ofCodes(collectiveCodeIds(e)).filter((x) => !linked.has(x.codingId))
  const texts = excerpts.texts(pool.map((x) => x.documentId))
  const around = (x: CollectiveExcerpt) => {
    const text = texts.get(x.documentId) ?? ''
    const { from, to } = saidAround(text, x.start, x.end)
    return foldText(text.slice(from, to))
  }
  const naming = pool.filter((x) => around(x).includes(name))
  const ownWords = (x: CollectiveExcerpt) => (foldText(x.text).includes(name) ? 0 : 1)
  const ranked = naming
    .map((x, i) => ({ x, i }))
    .sort((a, b) => ownWords(a.x) - ownWords(b.x) || a.i - b.i)
    .map(({ x }) => x)
  return withContext(ranked.slice(0, MOST), texts)
}

/** Any coding whose words hold every word of the query (a prefix is enough), not yet linked. */
export function searchCodings(e: Engagement, collectiveId: string, query: string): EvidenceCandidate[] {
  const linked = new Set(existingCollective(e, collectiveId).evidenceCodingIds)
  const words = foldText(query).match(/[\p{L}\p{N}]+/gu) ?? []
  if (words.length === 0) return []
  const excerpts = collectiveExcerptRepository(e.db)
  // Full-text search narrows to the documents first, so that a large engagement is not read whole.
  const documentIds = matchingDocuments(e, words)
  const found = excerpts
    .ofDocuments(documentIds)
    .filter((x) => !linked.has(x.codingId))
    .filter((x) => {
      const text = foldText(x.text)
      return words.every((w) => text.includes(w))
    })
    .slice(0, MOST)
  return withContext(found, excerpts.texts(found.map((x) => x.documentId)))
}

function matchingDocuments(e: Engagement, words: readonly string[]): string[] {
  return e.db
    .prepare<[string], { id: string }>(
      `SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
       WHERE documents_fts MATCH ? LIMIT 2000`,
    )
    .all(toFtsMatch(words.map((w) => ({ words: [w], prefix: true }))))
    .map((r) => r.id)
}

function withContext(found: readonly CollectiveExcerpt[], texts: Map<string, string>): EvidenceCandidate[] {
  return found.map((x) => {
    // The context shown is the one suggestions read, so that the consultant sees why.
    const text = texts.get(x.documentId) ?? ''
    const { from, to } = saidAround(text, x.start, x.end)
    return { ...x, before: text.slice(from, x.start), after: text.slice(x.end, to) }
  })
}

/** The codes of the COL family and their descendants (a consultant may add child codes). */
function collectiveCodeIds(e: Engagement): string[] {
  const cb = e.codebook.get()
  const family = cb.families.find((f) => f.key === 'COL')
  const ids = new Set(cb.codes.filter((c) => family && c.familyId === family.id).map((c) => c.id))
  let grew = true
  while (grew) {
    grew = false
    for (const c of cb.codes)
      if (c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
        ids.add(c.id)
        grew = true
      }
  }
  return [...ids]
}

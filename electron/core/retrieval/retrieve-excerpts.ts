import type { Database } from 'better-sqlite3-multiple-ciphers'
import { RetrievalPageInput, type RetrievalPage, type RetrievedExcerpt } from '../../../shared/api/retrieval'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import type { z } from 'zod'
import type { Engagement } from '../engagement/engagement'
import { matchingCodings } from './matching-codings'
import { listedCodes, queryScope } from './query-scope'
import { excerptContext } from './excerpt-context'
import { spanCodes } from './span-codes'

interface Row {
  document_id: string
  start: number
  end: number
  title: string
  respondent_id: string | null
  code: string | null
  group_key: Group | null
  stance: Stance
  target: Group | null
  valence: Valence
  coders: string
  total: number
  first: number
}

/**
 * The excerpts a query retrieves, one per span (document, start, end) however many codings it
 * carries, sorted by respondent, then document (interview time, guide order), then position; a page
 * of them with the total, each with its context from the document's text.
 */
export function retrieveExcerpts(e: Engagement, input: z.input<typeof RetrievalPageInput>): RetrievalPage {
  const db = e.db
  const { query, offset, limit } = RetrievalPageInput.parse(input)
  const scope = queryScope(db, query)
  const { anchor, overlapping } = listedCodes(scope)
  const from = matchingCodings(query, anchor, overlapping, scope.sets.excluded)
  // With min(), SQLite takes the bare columns (stance, target, valence) from the same row: the first coding.
  const rows = db
    .prepare<Record<string, unknown>, Row>(
      `SELECT c.document_id, c.start, c.end, d.title, r.id AS respondent_id, r.code, r.group_key,
         min(c.rowid) AS first, c.stance, c.target, c.valence, group_concat(DISTINCT c.coder_id) AS coders,
         count(*) OVER () AS total
       ${from.sql}
       GROUP BY c.document_id, c.start, c.end
       ORDER BY r.code IS NULL, r.code COLLATE NOCASE, coalesce(i.started_at, i.created_at, d.created_at),
         q.position, d.created_at, d.id, c.start, c.end
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...from.params, limit, offset })
  const texts = documentTexts(
    db,
    rows.map((r) => r.document_id),
  )
  const codesOn = spanCodes(
    db,
    rows.map((r) => r.document_id),
    query.coderIds,
  )
  return {
    total: rows[0]?.total ?? (offset > 0 ? countAll(db, from) : 0),
    offset,
    excerpts: rows.map((r): RetrievedExcerpt => {
      const text = texts.get(r.document_id) ?? ''
      return {
        documentId: r.document_id,
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        ...excerptContext(text, r.start, r.end),
        documentTitle: r.title,
        respondentId: r.respondent_id,
        respondentCode: r.code,
        group: r.group_key,
        codeIds: codesOn(r.document_id, r.start, r.end),
        coderIds: r.coders.split(','),
        stance: r.stance,
        target: r.target,
        valence: r.valence,
      }
    }),
  }
}

/** Texts are read for the page's documents only, never carried through the sort. */
function documentTexts(db: Database, ids: string[]): Map<string, string> {
  const rows = db
    .prepare<[string], { id: string; text: string }>(
      'SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify([...new Set(ids)]))
  return new Map(rows.map((r) => [r.id, r.text]))
}

/** The total when the page asked for lies past the last excerpt. */
function countAll(db: Database, from: ReturnType<typeof matchingCodings>): number {
  return db
    .prepare<Record<string, unknown>, { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 ${from.sql} GROUP BY c.document_id, c.start, c.end)`,
    )
    .get(from.params)!.n
}

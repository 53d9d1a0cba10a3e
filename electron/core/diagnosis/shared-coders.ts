import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * The coder of each coding on an answer that two or more coders coded (undefined elsewhere), so
 * that the co-occurrence heatmap pairs one coder's codings only. Most engagements have one coder
 * per answer: then this reads nothing per coding.
 */
export function codersOnSharedAnswers(db: Database): (codingId: string) => string | undefined {
  const rows = db
    .prepare(
      `SELECT id, coder_id FROM codings WHERE document_id IN
         (SELECT document_id FROM codings GROUP BY document_id HAVING count(DISTINCT coder_id) > 1)`,
    )
    .raw(true)
    .all() as [string, string][]
  const coder = new Map(rows)
  return (id) => coder.get(id)
}

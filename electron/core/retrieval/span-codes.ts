import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * What is coded on each span of some documents (by the chosen coders when there are), codes in
 * codebook order: the chips of a retrieved excerpt.
 */
export function spanCodes(
  db: Database,
  documentIds: readonly string[],
  coderIds: readonly string[],
): (documentId: string, start: number, end: number) => string[] {
  const rows = db
    .prepare<[string, number, string], { document_id: string; start: number; end: number; code_id: string }>(
      `SELECT c.document_id, c.start, c.end, c.code_id
       FROM codings c JOIN codes k ON k.id = c.code_id
       WHERE c.document_id IN (SELECT value FROM json_each(?))
         AND (? OR c.coder_id IN (SELECT value FROM json_each(?)))
       ORDER BY k.position, k.key`,
    )
    .all(JSON.stringify([...new Set(documentIds)]), coderIds.length === 0 ? 1 : 0, JSON.stringify(coderIds))
  const bySpan = new Map<string, string[]>()
  for (const r of rows) {
    const key = `${r.document_id}:${r.start}:${r.end}`
    const codes = bySpan.get(key) ?? []
    if (!codes.includes(r.code_id)) codes.push(r.code_id)
    bySpan.set(key, codes)
  }
  return (documentId, start, end) => bySpan.get(`${documentId}:${start}:${end}`) ?? []
}

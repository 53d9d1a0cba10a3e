import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { CollectiveEvidence, CollectiveExcerpt } from '../../../shared/api/collectives'

/** A coding with its code's key and whose words they are (respondent code and group only). */
const COLUMNS = `c.id AS codingId, c.document_id AS documentId, c.start, c.end, c.text, k.key AS codeKey,
    c.valence, r.id AS respondentId, r.code AS respondentCode, r.group_key AS "group"`
const JOINS = `JOIN codes k ON k.id = c.code_id
  JOIN documents d ON d.id = c.document_id
  LEFT JOIN interviews i ON i.id = d.interview_id
  LEFT JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)`
const EXCERPT = `SELECT ${COLUMNS} FROM codings c ${JOINS}`

const IN_ORDER = 'ORDER BY r.code COLLATE NOCASE, c.document_id, c.start, k.key'

/** The codings the collective cards show and offer, read with one query each. */
export function collectiveExcerptRepository(db: Database) {
  const evidence = db.prepare<[], CollectiveEvidence & { collectiveId: string }>(
    `SELECT ce.collective_id AS collectiveId, ce.criterion, ${COLUMNS}
     FROM collective_evidence ce JOIN codings c ON c.id = ce.coding_id ${JOINS} ${IN_ORDER}`,
  )
  const among = (column: 'c.code_id' | 'c.document_id', ids: readonly string[]): CollectiveExcerpt[] =>
    ids.length === 0
      ? []
      : db
          .prepare<[string], CollectiveExcerpt>(
            `${EXCERPT} WHERE ${column} IN (SELECT value FROM json_each(?)) ${IN_ORDER}`,
          )
          .all(JSON.stringify(ids))
  const one = db.prepare<[string], CollectiveExcerpt>(`${EXCERPT} WHERE c.id = ?`)
  return {
    /** Every linked excerpt, by collective. */
    evidenceByCollective(): Map<string, CollectiveEvidence[]> {
      const out = new Map<string, CollectiveEvidence[]>()
      for (const { collectiveId, ...x } of evidence.all()) {
        const list = out.get(collectiveId)
        if (list) list.push(x)
        else out.set(collectiveId, [x])
      }
      return out
    },
    get: (codingId: string): CollectiveExcerpt | undefined => one.get(codingId),
    /** The codings of these codes, in respondent and document order. */
    ofCodes: (codeIds: readonly string[]) => among('c.code_id', codeIds),
    /** The codings in these documents, in respondent and document order. */
    ofDocuments: (documentIds: readonly string[]) => among('c.document_id', documentIds),
    /** The texts of these documents, to read what was said around a coding. */
    texts(documentIds: readonly string[]): Map<string, string> {
      const rows = db
        .prepare<[string], { id: string; text: string }>(
          'SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify([...new Set(documentIds)]))
      return new Map(rows.map((r) => [r.id, r.text]))
    },
  }
}

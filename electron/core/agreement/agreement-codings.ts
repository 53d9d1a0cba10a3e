import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { CodedSegment } from '../../../shared/domain/agreement/code-segments'

/** A person coder's coding, as agreement reads it. */
export interface AgreementCoding extends CodedSegment {
  id: string
}

/**
 * Every coding made by a person (consensus codings are the resolution, not a coder's own work, and
 * come only when asked for, to measure each coder against them) in a
 * text that can be coded (answers, transcripts, imported excerpts; not interview notes).
 */
export function agreementCodings(db: Database, withConsensus = false): AgreementCoding[] {
  // Rows as arrays: the diagnosis reads this on every refresh, over tens of thousands of codings.
  const rows = db
    .prepare(
      `SELECT c.id, c.document_id, c.start, c.end, c.coder_id, k.key
       FROM codings c
       JOIN coders p ON p.id = c.coder_id AND (p.kind = 'person' OR ?)
       JOIN codes k ON k.id = c.code_id
       JOIN documents d ON d.id = c.document_id AND d.kind <> 'notes'`,
    )
    .raw(true)
    .all(withConsensus ? 1 : 0) as [string, string, number, number, string, string][]
  return rows.map(([id, documentId, start, end, coderId, codeKey]) => ({
    id,
    documentId,
    start,
    end,
    coderId,
    codeKey,
  }))
}

/** The person coders, in the order the engagement lists them. */
export function personCoderIds(db: Database): string[] {
  return db
    .prepare<[], { id: string }>(`SELECT id FROM coders WHERE kind = 'person' ORDER BY created_at, name`)
    .all()
    .map((r) => r.id)
}

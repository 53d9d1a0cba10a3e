import type { Database } from 'better-sqlite3-multiple-ciphers'

/** Quotes the interviewer marked as key verbatims during the interview, on the words of the answer. */
export default function migrate(db: Database): void {
  db.exec(`
CREATE TABLE key_verbatims (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (end > start),
  UNIQUE (document_id, start, end)
);
CREATE INDEX key_verbatims_by_document ON key_verbatims(document_id, start);
`)
}

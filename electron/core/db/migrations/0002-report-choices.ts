import type { Database } from 'better-sqlite3-multiple-ciphers'

/** The consultant's choices for the report: edited narrative texts and the verbatims picked per finding. */
export default function migrate(db: Database): void {
  db.exec(`
CREATE TABLE report_texts (
  section TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('fr','en')),
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (section, language)
) WITHOUT ROWID;

CREATE TABLE report_verbatims (
  section TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (section, document_id, start, end),
  CHECK (end > start)
) WITHOUT ROWID;
`)
}

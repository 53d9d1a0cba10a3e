import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * The speaker turns of an imported transcript. Each turn is a half-open [start, end) span of its
 * document's text, in UTF-16 code units; the speaker's name and the recording times live here,
 * not in the text, so that a coding never lands on a name or a timestamp.
 */
export default function migrate(db: Database): void {
  db.exec(`
CREATE TABLE transcript_turns (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  speaker TEXT,
  at_ms INTEGER,
  until_ms INTEGER,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
`)
}

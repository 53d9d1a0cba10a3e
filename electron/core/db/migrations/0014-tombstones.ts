import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Deletions recorded (tombstones), so that a merge of two engagement files never reads the absence
 * of a row as its deletion (a coding package holds no one else's codings at all). Every deletion
 * of a row that has an identity is recorded by trigger, cascades included, with when and by whom
 * (the consultant working in the file: engagement.actor_id); putting the row back (an undo) takes
 * its tombstone away. A row's key is its id, or its natural key as a JSON array. The list is this
 * migration's own: electron/core/merge/match-keys.ts declares the same keys for the merge, and a
 * test checks they agree.
 */
const KEYS: Record<string, string[]> = {
  coders: ['id'],
  respondents: ['id'],
  respondent_identities: ['respondent_id'],
  variables: ['id'],
  variable_values: ['respondent_id', 'variable_id'],
  guides: ['id'],
  questions: ['id'],
  interviews: ['id'],
  documents: ['id'],
  code_families: ['id'],
  codes: ['id'],
  codings: ['id'],
  collectives: ['id'],
  collective_evidence: ['collective_id', 'coding_id'],
  memos: ['id'],
  closed_answers: ['id'],
  band_overrides: ['measure'],
  recommendation_overrides: ['recommendation'],
  report_texts: ['section', 'language'],
  report_verbatims: ['section', 'document_id', 'start', 'end'],
  transcript_turns: ['document_id', 'position'],
  campaign_targets: ['id'],
  key_verbatims: ['id'],
}

const keyOf = (row: 'OLD' | 'NEW', columns: string[]): string =>
  columns.length === 1 ? `${row}."${columns[0]}"` : `json_array(${columns.map((c) => `${row}."${c}"`).join(', ')})`

export default function migrate(db: Database): void {
  db.exec(`
    ALTER TABLE engagement ADD COLUMN actor_id TEXT;
    CREATE TABLE tombstones (
      table_name TEXT NOT NULL,
      row_key TEXT NOT NULL,
      deleted_at TEXT NOT NULL,
      deleted_by TEXT,
      PRIMARY KEY (table_name, row_key)
    ) WITHOUT ROWID;
  `)
  for (const [table, columns] of Object.entries(KEYS)) {
    db.exec(`
      CREATE TRIGGER "${table}_tombstone" AFTER DELETE ON "${table}" BEGIN
        INSERT OR REPLACE INTO tombstones (table_name, row_key, deleted_at, deleted_by)
        VALUES ('${table}', ${keyOf('OLD', columns)}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                (SELECT actor_id FROM engagement));
      END;
      CREATE TRIGGER "${table}_revived" AFTER INSERT ON "${table}" BEGIN
        DELETE FROM tombstones WHERE table_name = '${table}' AND row_key = ${keyOf('NEW', columns)};
      END;
    `)
  }
}

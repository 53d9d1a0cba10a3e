import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * What a merge needs to tell a change on one side from changes on both: each file's own identity
 * (a copy made for a colleague, or a package, gets a new one, with the time it parted from its
 * origin), and the time of the last merge with each other file. A file copied by hand keeps its
 * origin's identity: merged with it, every row that differs is a conflict to settle.
 */
export default function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE replica (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      id TEXT NOT NULL,
      parted_from TEXT,
      parted_at TEXT
    );
    INSERT INTO replica (singleton, id) VALUES (1, lower(hex(randomblob(16))));
    CREATE TABLE merges (
      peer_id TEXT PRIMARY KEY,
      merged_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `)
}

import type { Database } from 'better-sqlite3-multiple-ciphers'

/** The campaign plan: the interviews to run, by group, unit and site, with quotas, dates and places. */
export default function migrate(db: Database): void {
  db.exec(`
CREATE TABLE campaign_targets (
  id TEXT PRIMARY KEY,
  group_key TEXT NOT NULL CHECK (group_key IN ('employee','manager','leadership','customer','other')),
  unit TEXT,
  site TEXT,
  quota INTEGER NOT NULL CHECK (quota >= 0),
  planned_from TEXT,
  planned_to TEXT,
  place TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`)
}

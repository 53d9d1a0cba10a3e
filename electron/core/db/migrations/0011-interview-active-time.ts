import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * The time spent in an interview, counted while its screen is open: an interview left and resumed
 * the next day lasts its minutes, not the night between. Interviews made before count from their
 * start and end times, as they did.
 */
export default function migrate(db: Database): void {
  db.exec('ALTER TABLE interviews ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0)')
}

import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * A linked excerpt may say which criterion (C1-C5) of its collective it bears on, so that each
 * criterion shows its own evidence; null when it speaks of the collective in general.
 */
export default function migrate(db: Database): void {
  db.exec(`ALTER TABLE collective_evidence ADD COLUMN criterion INTEGER CHECK (criterion BETWEEN 1 AND 5)`)
}

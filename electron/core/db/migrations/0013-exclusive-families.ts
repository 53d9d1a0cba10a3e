import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Whether a family's codes are mutually exclusive categories (ATLAS.ti's semantic domains): an
 * answer takes one of them at most, and agreement is then measured over the family as one
 * variable. Families made before are not: their codes may be applied together, as they were.
 */
export default function migrate(db: Database): void {
  db.exec('ALTER TABLE code_families ADD COLUMN exclusive INTEGER NOT NULL DEFAULT 0 CHECK (exclusive IN (0, 1))')
}

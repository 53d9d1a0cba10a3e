import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3-multiple-ciphers'

/** The tables whose rows are the engagement's content (FTS5's own shadow tables follow documents). */
function contentTables(db: Database): string[] {
  const rows = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[]
  return rows.filter((name) => !/_fts_(data|idx|docsize|config|content)$/.test(name))
}

const cell = (_key: string, v: unknown) =>
  typeof v === 'bigint' ? `${v}n` : Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : v

/**
 * A digest of every row of every table, in an order that does not depend on how SQLite stored
 * them: equal digests, equal content.
 */
export function engagementDigest(db: Database): string {
  const hash = createHash('sha256')
  for (const table of contentTables(db)) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, cell))
    hash.update(`${table}\u0000${rows.sort().join('\u0001')}\u0002`)
  }
  return hash.digest('hex')
}

/** Rows inserted, changed or deleted on this connection since it opened: a cheap sign that something was written. */
export const totalChanges = (db: Database): number => db.prepare('SELECT total_changes() AS n').pluck().get() as number

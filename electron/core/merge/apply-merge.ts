import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { TableRow } from '../refi-qda/terrain-extras'
import { keyOf } from './merge-rows'
import { rowKey, type MatchKey } from './match-keys'
import type { MergePlan } from './merge-plan'

/** The WHERE clause of a row by its match key, and its values. */
function whereKey(key: MatchKey, rowKeyText: string): { sql: string; values: unknown[] } {
  if (key.kind === 'id') return { sql: 'id = ?', values: [rowKeyText] }
  if (key.kind === 'natural') {
    const values = key.columns.length === 1 ? [rowKeyText] : (JSON.parse(rowKeyText) as unknown[])
    return { sql: key.columns.map((c) => `"${c}" = ?`).join(' AND '), values }
  }
  return { sql: '1 = 1', values: [] }
}

/**
 * Writes a plan into the target, inside the caller's transaction: deletions first (children
 * first), with the source's tombstone kept as it was (who deleted, when); then rows added and
 * updated (parents first), as the source has them; then the tombstones of rows the target never
 * had. Foreign keys are checked at the commit, once everything is in place.
 */
export function applyMergePlan(db: Database, plan: MergePlan): void {
  db.pragma('defer_foreign_keys = ON')
  const stone = db.prepare(
    'INSERT OR REPLACE INTO tombstones (table_name, row_key, deleted_at, deleted_by) VALUES (?, ?, ?, ?)',
  )
  for (const changes of [...plan.tables].reverse()) {
    const key = keyOf(changes.table)
    for (const d of changes.deletes) {
      const where = whereKey(key, d.key)
      db.prepare(`DELETE FROM "${changes.table}" WHERE ${where.sql}`).run(...where.values)
      stone.run(changes.table, d.key, d.tombstone.deletedAt, d.tombstone.deletedBy)
    }
  }
  for (const changes of plan.tables) {
    const key = keyOf(changes.table)
    const write = (row: TableRow, sql: string) => db.prepare(sql).run(...Object.values(row))
    for (const row of changes.adds) {
      const columns = Object.keys(row)
      write(
        row,
        `INSERT INTO "${changes.table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
    }
    for (const row of changes.updates) {
      const columns = Object.keys(row)
      const where = whereKey(key, rowKey(key, row))
      db.prepare(`UPDATE "${changes.table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where.sql}`).run(
        ...Object.values(row),
        ...where.values,
      )
    }
    for (const c of changes.carried) stone.run(changes.table, c.key, c.tombstone.deletedAt, c.tombstone.deletedBy)
  }
}

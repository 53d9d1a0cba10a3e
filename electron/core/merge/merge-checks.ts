import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { TableRow } from '../refi-qda/terrain-extras'
import { keyOf } from './merge-rows'
import { rowKey } from './match-keys'
import type { MergeConflict, TableChanges } from './merge-plan'

/** A row of the source taken out of the plan, as a conflict to settle. */
const leftOut = (
  table: string,
  kind: 'sameName' | 'orphan',
  row: TableRow,
  target: TableRow | null,
): MergeConflict => ({
  table,
  key: rowKey(keyOf(table), row),
  kind,
  target,
  source: row,
})

/** The unique constraints of a table besides its key: a respondent's code, a code's key or shortcut. */
function uniqueColumns(db: Database, table: string): string[][] {
  return db
    .prepare<[string], { name: string; unique: number; origin: string }>('SELECT * FROM pragma_index_list(?)')
    .all(table)
    .filter((i) => i.unique === 1 && i.origin !== 'pk')
    .map((i) =>
      db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_index_info(?) ORDER BY seqno')
        .all(i.name)
        .map((c) => c.name),
    )
}

/**
 * A new row that takes a name another row of the target bears (two laptops each adding a
 * respondent E07, a code with the same key or shortcut) is a conflict to settle, never a
 * constraint error nor an overwrite. The row is taken out of the plan.
 */
export function checkUniques(target: Database, tables: TableChanges[]): MergeConflict[] {
  const conflicts: MergeConflict[] = []
  for (const changes of tables) {
    const uniques = uniqueColumns(target, changes.table)
    if (!uniques.length || !changes.adds.length) continue
    const deleted = new Set(changes.deletes.map((d) => d.key))
    const statements = uniques.map((columns) => ({
      columns,
      find: target.prepare<unknown[], TableRow>(
        `SELECT * FROM "${changes.table}" WHERE ${columns.map((c) => `"${c}" = ?`).join(' AND ')}`,
      ),
    }))
    changes.adds = changes.adds.filter((row) => {
      for (const { columns, find } of statements) {
        const values = columns.map((c) => row[c])
        if (values.some((v) => v === null || v === undefined)) continue
        const taken = find.get(...values)
        if (taken && !deleted.has(rowKey(keyOf(changes.table), taken))) {
          conflicts.push(leftOut(changes.table, 'sameName', row, taken))
          return false
        }
      }
      return true
    })
  }
  return conflicts
}

/**
 * A row added or changed by the source must find what it refers to in the merged file: in the
 * target (and not deleted by the merge) or added by it. One that does not (a coding made there on
 * an answer deleted here) is a conflict, taken out of the plan; tables are checked parents first, so
 * that a parent taken out takes its children out too.
 */
export function checkReferences(target: Database, tables: TableChanges[]): MergeConflict[] {
  const conflicts: MergeConflict[] = []
  const added = new Map<string, Set<unknown>>()
  const deleted = new Map(tables.map((t) => [t.table, new Set(t.deletes.map((d) => d.key))]))
  for (const changes of tables) {
    const references = target
      .prepare<[string], { table: string; from: string; to: string | null }>('SELECT * FROM pragma_foreign_key_list(?)')
      .all(changes.table)
    const present = (parent: string, column: string, value: unknown): boolean => {
      if (added.get(`${parent}.${column}`)?.has(value)) return true
      const row = target.prepare<[unknown], TableRow>(`SELECT * FROM "${parent}" WHERE "${column}" = ?`).get(value)
      return row !== undefined && !deleted.get(parent)?.has(rowKey(keyOf(parent), row))
    }
    const keep = (row: TableRow): boolean => {
      for (const r of references) {
        const value = row[r.from]
        if (value === null || value === undefined) continue
        if (!present(r.table, r.to ?? 'id', value)) {
          conflicts.push(leftOut(changes.table, 'orphan', row, null))
          return false
        }
      }
      return true
    }
    changes.adds = changes.adds.filter(keep)
    changes.updates = changes.updates.filter(keep)
    for (const row of changes.adds)
      for (const column of Object.keys(row)) {
        const set = added.get(`${changes.table}.${column}`) ?? new Set()
        set.add(row[column])
        added.set(`${changes.table}.${column}`, set)
      }
  }
  return conflicts
}

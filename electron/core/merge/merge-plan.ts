import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { TableRow } from '../refi-qda/terrain-extras'
import { mergeBase } from './merge-base'
import { changedAt, MERGE_ORDER, rowsByKey, sameRow, tombstonesOf, type Tombstone } from './merge-rows'
import { checkReferences, checkUniques } from './merge-checks'
import { anchorCodings } from './merge-anchors'

export type ConflictKind =
  /** Changed in both files since they last held the same row. */
  | 'bothChanged'
  /** Deleted in the target, changed in the source after that. */
  | 'deletedHere'
  /** Changed in the target after the source deleted it. */
  | 'deletedThere'
  /** A new row of the source takes a name the target gives another (two laptops adding E07). */
  | 'sameName'
  /** A new row of the source refers to what the target deleted or never had. */
  | 'orphan'

export interface MergeConflict {
  table: string
  key: string
  kind: ConflictKind
  target: TableRow | null
  source: TableRow | null
}

export interface TableChanges {
  table: string
  adds: TableRow[]
  updates: TableRow[]
  /** Rows of the target the source deleted, with the source's tombstone. */
  deletes: { key: string; tombstone: Tombstone }[]
  /** The source's tombstones of rows the target never had: kept, so that a later merge knows. */
  carried: { key: string; tombstone: Tombstone }[]
}

export interface MergePlan {
  base: string | null
  tables: TableChanges[]
  conflicts: MergeConflict[]
}

/** The side a conflict takes, when the consultant chose one: the target's row, or the source's. */
export type Prefer = 'target' | 'source'

/** The consultant's choices: a side per conflict (by conflictId), and a side for the others. */
export interface MergeChoices {
  prefer?: Prefer
  decisions?: ReadonlyMap<string, Prefer>
}

/** How a conflict is named when the consultant settles it. */
export const conflictId = (table: string, key: string): string => `${table}/${key}`

/**
 * What merging `source` into `target` would do, table by table, without writing: rows to add,
 * update and delete, and the conflicts. A row is matched by its match key; a row absent on one
 * side is deleted only where a tombstone says so; one that differs takes the side that changed it
 * since the files last held the same rows (mergeBase), and is a conflict when both did, or when
 * nothing says which. The consultant's choices settle those conflicts that have two sides (never
 * a name taken twice or a row whose parent is gone).
 */
export function planMerge(target: Database, source: Database, choices: MergeChoices = {}): MergePlan {
  const base = mergeBase(target, source)
  /** Whether a row changed after `time`; a row that keeps no time says nothing (null). */
  const since = (row: TableRow, time: string | null): boolean | null => {
    const at = changedAt(row)
    return at === null ? null : time === null || at > time
  }
  const conflicts: MergeConflict[] = []
  const tables: TableChanges[] = []
  for (const table of MERGE_ORDER) {
    const mine = rowsByKey(target, table)
    const theirs = rowsByKey(source, table)
    const myStones = tombstonesOf(target, table)
    const theirStones = tombstonesOf(source, table)
    const changes: TableChanges = { table, adds: [], updates: [], deletes: [], carried: [] }
    const conflict = (kind: ConflictKind, key: string, t: TableRow | null, s: TableRow | null) => {
      const prefer = choices.decisions?.get(conflictId(table, key)) ?? choices.prefer
      if (prefer === 'source' && kind !== 'deletedThere')
        return s && (t ? changes.updates.push(s) : changes.adds.push(s))
      if (prefer === 'source') return changes.deletes.push({ key, tombstone: theirStones.get(key)! })
      if (prefer === 'target') return
      conflicts.push({ table, key, kind, target: t, source: s })
    }
    for (const [key, s] of theirs) {
      const t = mine.get(key)
      if (t) {
        if (sameRow(t, s)) continue
        const theyChanged = since(s, base)
        const iChanged = since(t, base)
        // A row that keeps no time (a variable's value) cannot say which side changed it.
        if (theyChanged === null || iChanged === null || (theyChanged && iChanged)) conflict('bothChanged', key, t, s)
        else if (theyChanged) changes.updates.push(s)
        continue
      }
      const stone = myStones.get(key)
      // Deleted here: it comes back only as a conflict, when changed there after the deletion.
      if (!stone) changes.adds.push(s)
      else if (since(s, stone.deletedAt)) conflict('deletedHere', key, null, s)
    }
    for (const [key, tombstone] of theirStones) {
      const t = mine.get(key)
      if (!t) {
        if (!myStones.has(key) && !theirs.has(key)) changes.carried.push({ key, tombstone })
        continue
      }
      if (theirs.has(key)) continue // put back there after its deletion
      // Deleted there: a conflict when changed here after the deletion; a row that keeps no time goes.
      if (since(t, tombstone.deletedAt)) conflict('deletedThere', key, t, null)
      else changes.deletes.push({ key, tombstone })
    }
    tables.push(changes)
  }
  conflicts.push(...checkUniques(target, tables), ...checkReferences(target, tables))
  anchorCodings(target, source, tables)
  return { base, tables, conflicts }
}

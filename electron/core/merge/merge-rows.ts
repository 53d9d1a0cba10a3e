import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { TableRow } from '../refi-qda/terrain-extras'
import { MATCH_KEYS, rowKey, type MatchKey } from './match-keys'

/**
 * The tables a merge goes through, each after those it refers to; deletions go the other way.
 * The file's own bookkeeping (replica, merges) is never merged.
 */
export const MERGE_ORDER = [
  'engagement',
  'codebook',
  'coders',
  'respondents',
  'respondent_identities',
  'variables',
  'variable_values',
  'guides',
  'questions',
  'interviews',
  'documents',
  'transcript_turns',
  'code_families',
  'codes',
  'codings',
  'collectives',
  'collective_evidence',
  'memos',
  'closed_answers',
  'band_overrides',
  'recommendation_overrides',
  'report_texts',
  'report_verbatims',
  'campaign_targets',
  'key_verbatims',
] as const

/** Columns a merge never copies: the engagement's own id (checked before) and who works in the file. */
const LOCAL_COLUMNS: Record<string, readonly string[]> = { engagement: ['id', 'actor_id'] }

export const keyOf = (table: string): MatchKey => MATCH_KEYS[table]!

/** A table's rows by their match key, the file's own columns left out. */
export function rowsByKey(db: Database, table: string): Map<string, TableRow> {
  const local = LOCAL_COLUMNS[table] ?? []
  const out = new Map<string, TableRow>()
  for (const row of db.prepare<[], TableRow>(`SELECT * FROM "${table}"`).all()) {
    for (const c of local) delete row[c]
    out.set(rowKey(keyOf(table), row), row)
  }
  return out
}

/** A tombstone as a merge reads it. */
export interface Tombstone {
  deletedAt: string
  deletedBy: string | null
}

export function tombstonesOf(db: Database, table: string): Map<string, Tombstone> {
  return new Map(
    db
      .prepare<[string], { row_key: string; deleted_at: string; deleted_by: string | null }>(
        'SELECT row_key, deleted_at, deleted_by FROM tombstones WHERE table_name = ?',
      )
      .all(table)
      .map((t) => [t.row_key, { deletedAt: t.deleted_at, deletedBy: t.deleted_by }]),
  )
}

/** Two rows alike in every column (the file's own columns aside). */
export const sameRow = (a: TableRow, b: TableRow): boolean => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** When a row last changed, as far as it says: its updated_at, else its created_at, else nothing. */
export const changedAt = (row: TableRow): string | null =>
  typeof row.updated_at === 'string' ? row.updated_at : typeof row.created_at === 'string' ? row.created_at : null

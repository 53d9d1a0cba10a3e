import type { Engagement } from '../engagement/engagement'
import { CARRIED_TABLES, ENGAGEMENT_COLUMNS, LEFT_OUT_COLUMNS, WHOLE_TABLES, type CarriedTable } from './terrain-tables'

export const EXTRAS_FORMAT = 'terrain-qdpx-extras'
export const EXTRAS_VERSION = 2

/** A row as SQLite gives it: column name to value. */
export type TableRow = Record<string, string | number | null>

/**
 * What REFI-QDA has no place for, as terrain/extras.json beside project.qde (terrain-tables.ts):
 * the columns of the project's rows it cannot hold (a document's interview, a coding's flags, a
 * code's diagnosis roles), and whole the tables it has no place for (guides, interviews, closed
 * answers, collectives and their evidence, overrides, report choices). Other tools ignore the
 * folder; Terrain reads it back. Rows are in their table's order, so the bytes are stable.
 */
export function terrainExtras(e: Engagement) {
  const rowsOf = (table: string, leftOut: readonly string[] = []): TableRow[] =>
    e.db
      .prepare<[], TableRow>(`SELECT * FROM "${table}" ORDER BY ${orderOf(e, table)}`)
      .all()
      .map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !leftOut.includes(column))))
  const engagement = e.db.prepare<[], TableRow>('SELECT * FROM engagement').get()!
  const tables: Record<string, TableRow[]> = {}
  for (const table of Object.keys(CARRIED_TABLES) as CarriedTable[])
    tables[table] = rowsOf(table, LEFT_OUT_COLUMNS[table])
  for (const table of WHOLE_TABLES) tables[table] = rowsOf(table)
  return {
    format: EXTRAS_FORMAT,
    version: EXTRAS_VERSION,
    /** The engagement the project's GUIDs were derived from. */
    engagementId: String(engagement.id),
    engagement: Object.fromEntries(ENGAGEMENT_COLUMNS.map((c) => [c, engagement[c] ?? null])),
    tables,
  }
}
export type TerrainExtras = ReturnType<typeof terrainExtras>

/** A table's rows in the order they were written: by rowid, or by primary key for a table without one. */
function orderOf(e: Engagement, table: string): string {
  const sql =
    e.db.prepare<[string], { sql: string }>('SELECT sql FROM sqlite_master WHERE name = ?').get(table)?.sql ?? ''
  if (!/WITHOUT\s+ROWID/i.test(sql)) return 'rowid'
  return e.db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
    .all(table)
    .map((c) => `"${c.name}"`)
    .join(', ')
}

import type { Database, Statement } from 'better-sqlite3-multiple-ciphers'
import type { Language } from '../../../../shared/domain/groups'
import { CARRIED_TABLES, ENGAGEMENT_COLUMNS, PROJECT_COLUMNS, WHOLE_TABLES, type CarriedTable } from '../terrain-tables'
import type { ProjectRows } from './terrain-rows-file'

/**
 * Puts back what REFI-QDA had no place for, from a Terrain project's terrain/extras.json: the
 * engagement's settings, the tables the project has no place for, then the columns of the
 * project's own rows that it could not hold. The project's values win in the columns
 * PROJECT_COLUMNS names (a code's name, a coding's place: another tool may have changed them); the
 * others are Terrain's own (a document's interview, respondent and title), even where the project
 * says something of them in its own way (a case's sources, a source's name). A row of the data that refers to what the project no longer holds
 * (a coding deleted in another tool) is left out and counted, never forced in. Returns how many
 * rows of each table were left out.
 */
export function applyTerrainRows(db: Database, rows: ProjectRows, lang: Language): Map<string, number> {
  const leftOut = new Map<string, number>()
  // One statement per shape of row: 50,000 codings share a handful.
  const statements = new Map<string, Statement<unknown[]>>()
  const run = (sql: string, values: unknown[]) => {
    let statement = statements.get(sql)
    if (!statement) statements.set(sql, (statement = db.prepare<unknown[]>(sql)))
    statement.run(...values)
  }
  const skip = (table: string) => leftOut.set(table, (leftOut.get(table) ?? 0) + 1)
  const columnsOf = (table: string) =>
    new Set(
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((c) => c.name),
    )

  const engagementColumns = columnsOf('engagement')
  for (const column of ENGAGEMENT_COLUMNS) {
    const value = rows.engagement[column]
    if (value === undefined || value === null || !engagementColumns.has(column)) continue
    try {
      db.prepare(`UPDATE engagement SET "${column}" = ?`).run(value)
    } catch {
      skip('engagement')
    }
  }

  for (const table of WHOLE_TABLES) {
    const columns = columnsOf(table)
    for (const row of rows.tables.get(table) ?? []) {
      const names = Object.keys(row).filter((c) => columns.has(c))
      if (names.length === 0) continue
      const verb = table === 'codebook' ? 'INSERT OR REPLACE' : 'INSERT'
      try {
        run(
          `${verb} INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
          names.map((n) => row[n]),
        )
      } catch {
        skip(table)
      }
    }
  }

  for (const table of Object.keys(CARRIED_TABLES) as CarriedTable[]) {
    const columns = columnsOf(table)
    const project = new Set(['id', ...PROJECT_COLUMNS[table].map((c) => c.replace('{lang}', lang))])
    const exists = db.prepare<[string], { one: number }>(`SELECT 1 AS one FROM "${table}" WHERE id = ?`)
    for (const row of rows.tables.get(table) ?? []) {
      if (typeof row.id !== 'string' || !exists.get(row.id)) continue
      const names = Object.keys(row).filter((c) => columns.has(c) && !project.has(c))
      if (names.length === 0) continue
      try {
        run(`UPDATE "${table}" SET ${names.map((n) => `"${n}" = ?`).join(', ')} WHERE id = ?`, [
          ...names.map((n) => row[n]),
          row.id,
        ])
      } catch {
        skip(table)
      }
    }
  }
  return leftOut
}

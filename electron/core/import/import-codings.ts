import type { ImportSummary } from '../../../shared/api/imports'
import type { Engagement } from '../engagement/engagement'
import { byLine, ImportError } from './import-error'
import { parseCodedRows } from './parse-coded-rows'
import { planImport } from './plan-import'
import { readCodingsTable } from './read-table'
import type { Table } from './table'
import { writeImport, type ProgressCallback } from './write-import'

export { ImportError } from './import-error'
export { readCodingsTable } from './read-table'

export interface ImportOptions {
  /** Called as codings are written: (done, total). */
  onProgress?: ProgressCallback
}

/**
 * Imports coded excerpts from a CSV or XLSX file (a consultant's spreadsheet of notes): one row
 * per excerpt and code. Everything is checked first; a file with any problem writes nothing and
 * throws an ImportError listing every problem by line. Otherwise everything is written in one
 * transaction. A missing file is a FILE_MISSING TerrainError.
 */
export function importCodings(e: Engagement, filePath: string, options: ImportOptions = {}): ImportSummary {
  return importCodingsTable(e, readCodingsTable(filePath), options)
}

/** The same, for a file already read (the CLI reads it before it opens the engagement for writing). */
export function importCodingsTable(e: Engagement, table: Table, options: ImportOptions = {}): ImportSummary {
  const parsed = parseCodedRows(table)
  const planned = planImport(e, parsed.rows)
  const problems = [...parsed.problems, ...planned.problems].sort(byLine)
  if (problems.length > 0) throw new ImportError(table.file, problems)
  return writeImport(e, planned.plan, table.file, options.onProgress)
}

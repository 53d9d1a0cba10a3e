import type { ImportSummary } from '../../../shared/api/imports'
import type { Engagement } from '../engagement/engagement'
import { allProblems, ImportError } from './import-error'
import { parseCodedRows } from './parse-coded-rows'
import { importPlanner } from './plan-import'
import { openCodingsTable } from './read-table'
import type { TableStream } from './table'
import { writeImport, type ProgressCallback } from './write-import'

export { ImportError } from './import-error'
export { openCodingsTable, readCodingsTable } from './read-table'

export interface ImportOptions {
  /** Called as codings are written: (done, total). */
  onProgress?: ProgressCallback
}

/**
 * Imports coded excerpts from a CSV or XLSX file (a consultant's spreadsheet of notes): one row
 * per excerpt and code. Everything is checked first, row by row as the file is read; a file with
 * any problem writes nothing and throws an ImportError listing its problems by line (the first
 * thousand, and how many in all), and one past
 * a limit a LimitRefusal. Otherwise everything is written in one transaction. A missing file is a
 * FILE_MISSING TerrainError.
 */
export function importCodings(e: Engagement, filePath: string, options: ImportOptions = {}): ImportSummary {
  return importCodingsTable(e, openCodingsTable(filePath), options)
}

/**
 * The same, for a table already opened (the CLI opens it, which checks what can be checked before
 * the rows, before it opens the engagement for writing). Its rows are read once, here.
 */
export function importCodingsTable(e: Engagement, table: TableStream, options: ImportOptions = {}): ImportSummary {
  const planner = importPlanner(e)
  const read = parseCodedRows(table, planner.add)
  const planned = planner.finish()
  const { problems, total } = allProblems(read, planned.problems)
  if (total > 0) throw new ImportError(table.file, problems, total)
  return writeImport(e, planned.plan, table.file, options.onProgress)
}

import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'
import { UnreadableFile } from '../files/guarded-file'
import { refuseFile } from './import-error'
import { openCsvTable } from './read-csv'
import { openWorkbookRows } from './read-workbook-table'
import type { Table, TableRow, TableStream } from './table'
import { tidyRows } from './tidy-row'

const CSV = ['.csv']
const XLSX = ['.xlsx', '.xlsm']

/**
 * Opens a CSV or an XLSX file of coded excerpts as a table, by its extension: what can be known
 * before the rows (the file exists, is within the size limit, is text, its separator; a workbook's
 * parts and shared strings) is checked now; the rows are read as they are iterated. A file that cannot be read at all is refused with
 * an ImportError carrying one problem (or FILE_MISSING); a limit passed with a LimitRefusal.
 */
export function openCodingsTable(filePath: string): TableStream {
  const file = path.basename(filePath)
  const extension = path.extname(filePath).toLowerCase()
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the file of coded excerpts.`, absolute)
  if (XLSX.includes(extension))
    return { file, separator: null, rows: tidyRows(openWorkbookRows(absolute, file)), problems: [] }
  if (!CSV.includes(extension)) refuseFile('import.problem.unsupportedFile', file)
  const table = unlessUnreadable(file, () => openCsvTable(absolute, file))
  return { ...table, rows: readable(file, table.rows) }
}

/** The same, read whole: for a small file, or a test. */
export function readCodingsTable(filePath: string): Table {
  const table = openCodingsTable(filePath)
  return { ...table, rows: [...table.rows] }
}

/** A folder, a file without read permission, a file locked by another program: unreadable. */
function unlessUnreadable<T>(file: string, read: () => T): T {
  try {
    return read()
  } catch (e) {
    if (e instanceof UnreadableFile) return refuseFile('import.problem.unreadable', file)
    throw e
  }
}

/** The rows, a failure to read the file halfway (a USB stick pulled out) refusing it as unreadable. */
function* readable(file: string, rows: Iterable<TableRow>): Generator<TableRow> {
  const iterator = rows[Symbol.iterator]()
  try {
    for (;;) {
      const next = unlessUnreadable(file, () => iterator.next())
      if (next.done) return
      yield next.value
    }
  } finally {
    iterator.return?.()
  }
}

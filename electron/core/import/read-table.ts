import fs from 'node:fs'
import path from 'node:path'
import { fail } from '../../../shared/domain/terrain-error'
import { decodeText, looksBinary } from './decode-text'
import { lineProblem, refuseFile } from './import-error'
import { parseCsv } from './parse-csv'
import { readXlsx } from './read-xlsx'
import type { Table, TableRow } from './table'

const CSV = ['.csv']
const XLSX = ['.xlsx', '.xlsm']

/**
 * Reads a CSV or an XLSX file of coded excerpts into rows of text, by its extension. A file that
 * cannot be read at all is refused with an ImportError carrying one problem (or FILE_MISSING).
 */
export function readCodingsTable(filePath: string): Table {
  const file = path.basename(filePath)
  const extension = path.extname(filePath).toLowerCase()
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the file of coded excerpts.`, absolute)
  if (![...CSV, ...XLSX].includes(extension)) refuseFile('import.problem.unsupportedFile', file)
  const bytes = readBytes(absolute, file)
  if (CSV.includes(extension)) {
    if (looksBinary(bytes)) refuseFile('import.problem.notText', file)
    const csv = parseCsv(decodeText(bytes))
    const problems =
      csv.unclosedQuoteAt === null ? [] : [lineProblem(csv.unclosedQuoteAt, 'import.problem.unclosedQuote')]
    return { file, separator: csv.separator, rows: tidy(csv.rows), problems }
  }
  let rows: TableRow[]
  try {
    rows = readXlsx(bytes)
  } catch {
    return refuseFile('import.problem.badWorkbook', file)
  }
  return { file, separator: null, rows: tidy(rows), problems: [] }
}

function readBytes(absolute: string, file: string): Uint8Array {
  try {
    return fs.readFileSync(absolute)
  } catch {
    // A folder, a file without read permission, a file locked by another program.
    return refuseFile('import.problem.unreadable', file)
  }
}

/** Cells trimmed, in NFC, with \n for every line break; rows with nothing in them left out. */
function tidy(rows: TableRow[]): TableRow[] {
  const kept: TableRow[] = []
  for (const row of rows) {
    const cells = row.cells.map((c) => c.replace(/\r\n?/g, '\n').normalize('NFC').trim())
    if (cells.some((c) => c !== '')) kept.push({ line: row.line, cells })
  }
  return kept
}

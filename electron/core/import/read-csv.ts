import type { ImportProblem } from '../../../shared/api/imports'
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'
import { CSV_OPTIONS, pushParser, type Separator } from './csv-push-parser'
import { probeSeparator } from './csv-separator'
import { cellsAsExcelReadsThem } from './excel-closing-quote'
import { ImportError, lineProblem, refuseFile } from './import-error'
import type { TableRow, TableStream } from './table'
import { sniffEncoding, utf8Chunks, type TextEncoding } from './text-chunks'
import { tidyRow } from './tidy-row'

/**
 * How long a row may run in the file: a row of cells within MAX_CELL_CHARS that is longer is no
 * spreadsheet's, and holding it (a JavaScript string per cell) would take many times its size.
 */
export const MAX_ROW_MB = 4
const MAX_ROW_BYTES = MAX_ROW_MB * 1024 * 1024
/** A cell of more UTF-8 bytes than this has more than MAX_CELL_CHARS characters (3 bytes at most each). */
const MAX_CELL_BYTES = 3 * MAX_CELL_CHARS

/**
 * Opens a CSV file as a table: its encoding and separator are read now (a binary is refused as
 * not text), its rows as they are iterated, one chunk of the file at a time. A record's line is its
 * number among the records (blank ones included), the row number a spreadsheet shows. A quote
 * never closed ends the rows and adds its problem; a cell or a row past the limits refuses the file.
 */
export function openCsvTable(absolute: string, file: string): TableStream {
  const encoding = sniffEncoding(absolute, file) ?? refuseFile('import.problem.notText', file)
  const separator = probeSeparator(utf8Chunks(absolute, file, encoding))
  const problems: ImportProblem[] = []
  return { file, separator, problems, rows: csvRows(absolute, file, encoding, separator, problems) }
}

function* csvRows(
  absolute: string,
  file: string,
  encoding: TextEncoding,
  separator: Separator,
  problems: ImportProblem[],
): Generator<TableRow> {
  const parser = pushParser({ ...CSV_OPTIONS, delimiter: separator, raw: true })
  let line = 0
  let fed = 0
  let rowStart = 0
  let ready: TableRow[] = []
  const push = (parsed: unknown) => {
    const { record, raw } = parsed as { record: string[]; raw: string }
    line++
    if (line > MAX_TABLE_ROWS) refuseLimit('MAX_TABLE_ROWS', file, line)
    rowStart = parser.info.bytes
    const cells = record.some((c) => c.startsWith('"')) ? cellsAsExcelReadsThem(raw, separator) : record
    const long = cells.find((c) => c.length > MAX_CELL_CHARS)
    if (long !== undefined) refuseLimit('MAX_CELL_CHARS', file, long.length, { line })
    const row = tidyRow(line, cells)
    if (row) ready.push(row)
  }
  const close = () => {}
  for (const chunk of utf8Chunks(absolute, file, encoding)) {
    fed += chunk.length
    const error = parser.parse(chunk, false, push, close)
    if (error) throw error
    yield* take()
    // info.bytes is where the last cell ended: what was read since is the cell being read.
    if (fed - parser.info.bytes > MAX_CELL_BYTES)
      refuseLimit('MAX_CELL_CHARS', file, MAX_CELL_CHARS + 1, { line: line + 1 })
    if (fed - rowStart > MAX_ROW_BYTES)
      throw new ImportError(file, [lineProblem(line + 1, 'import.problem.rowTooLong', { limit: MAX_ROW_MB })])
  }
  const error = parser.parse(undefined, true, push, close)
  yield* take()
  if (error && (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED')
    problems.push(lineProblem(line + 1, 'import.problem.unclosedQuote'))
  else if (error) throw error

  function take(): TableRow[] {
    const rows = ready
    ready = []
    return rows
  }
}

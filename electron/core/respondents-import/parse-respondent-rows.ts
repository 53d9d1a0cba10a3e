import type { RespondentImportProblem, RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import type { Group } from '../../../shared/domain/groups'
import { RespondentCode, RespondentInput } from '../../../shared/domain/respondent'
import { parseGroup } from '../import/coding-values'
import type { TableRow } from '../import/table'
import { readRespondentHeader, type RespondentColumn, type RespondentHeader } from './respondent-columns'
import { fileProblem, lineProblem, ProblemList } from './respondent-import-problem'
import type { RespondentsTableStream } from './read-respondents-table'
import type { RespondentsLimit } from './respondents-limit'

/**
 * A cell of an optional column: undefined when the file has no such column (the engagement's
 * value stays), null when the cell is empty.
 */
type OptionalCell = string | null | undefined

/** One row of the file, read and checked on its own (not yet against the engagement). */
export interface RespondentRow {
  line: number
  /** The code as written; null when the cell is empty and the next free code is to be given. */
  code: string | null
  group: Group
  unit: OptionalCell
  site: OptionalCell
  role: OptionalCell
  realName: OptionalCell
  /** The row's cells, where each variable column finds its own by its index. */
  cells: string[]
}

/** The longest unit, site and role a respondent may have, as RespondentInput says. */
const LENGTHS = {
  unit: RespondentInput.shape.unit.unwrap().unwrap().maxLength ?? 120,
  site: RespondentInput.shape.site.unwrap().unwrap().maxLength ?? 120,
  role: RespondentInput.shape.role.unwrap().unwrap().maxLength ?? 160,
} as const

/**
 * Reads the header, then each data row as the table yields it. A row with any problem is left out
 * of `rows` and its problems are listed (the first kept, all counted), so that one pass reports
 * everything wrong in the file; a
 * code written on two rows (case aside) is a problem of the second. Each data row is first counted
 * by `limit`: past it, rows are only counted.
 */
export function parseRespondentRows(
  table: RespondentsTableStream,
  limit: RespondentsLimit,
): {
  header: RespondentHeader | null
  rows: RespondentRow[]
  problems: ProblemList<RespondentImportProblem>
} {
  // undefined until the first row is read; null for a header that cannot be read.
  let header: RespondentHeader | null | undefined
  let data = 0
  const rows: RespondentRow[] = []
  const all = new ProblemList<RespondentImportProblem>()
  const firstLineOf = new Map<string, number>()
  for (const row of table.rows) {
    if (header === undefined) {
      const read = readRespondentHeader(row)
      header = read.header
      all.add(read.problems)
      continue
    }
    // Past a header that cannot be read, the rest is only read through for a quote never closed.
    if (header === null) continue
    data++
    const code = codeCell(row, header)
    if (!limit.admit(code)) continue
    const read = readRow(row, header, table.separator)
    const duplicateOf = code === null ? undefined : firstLineOf.get(code.toUpperCase())
    if (code !== null && duplicateOf === undefined) firstLineOf.set(code.toUpperCase(), row.line)
    if (code !== null && duplicateOf !== undefined)
      all.add([lineProblem(row.line, 'respondentsImport.problem.duplicateCode', { code, first: duplicateOf })])
    if ('problems' in read) all.add(read.problems)
    else if (duplicateOf === undefined) rows.push(read)
  }
  const problems = table.problems
  // A quote never closed in the header leaves no row at all: that is the problem to report.
  if (header === undefined) {
    const empty = problems.length ? problems : [fileProblem('respondentsImport.problem.emptyFile', table.file)]
    return { header: null, rows: [], problems: listOf(empty) }
  }
  all.add(problems)
  if (header === null) return { header, rows: [], problems: all }
  if (data === 0 && problems.length === 0)
    return {
      header: null,
      rows: [],
      problems: listOf([fileProblem('respondentsImport.problem.headerOnly', table.file)]),
    }
  return { header, rows, problems: all }
}

function listOf(problems: readonly RespondentImportProblem[]): ProblemList<RespondentImportProblem> {
  const list = new ProblemList<RespondentImportProblem>()
  list.add(problems)
  return list
}

const codeCell = (row: TableRow, header: RespondentHeader): string | null => row.cells[header.index.code!] || null

function readRow(
  row: TableRow,
  header: RespondentHeader,
  separator: string | null,
): RespondentRow | { problems: RespondentImportProblem[] } {
  const problems: RespondentImportProblem[] = []
  const at = (key: RespondentImportProblemKey, params = {}) => problems.push(lineProblem(row.line, key, params))
  // In a CSV, cells beyond the header mean an unquoted separator shifted the row; in a workbook
  // they are notes beside the table.
  const extra = separator === null ? 0 : row.cells.slice(header.width).filter((c) => c !== '').length
  if (extra > 0) {
    // The cells are shifted: reading them would only report consequences of the same mistake.
    at('respondentsImport.problem.extraCells', { cells: header.width + extra, columns: header.width, separator })
    return { problems }
  }
  const optional = (c: RespondentColumn): OptionalCell => {
    const i = header.index[c]
    return i === undefined ? undefined : row.cells[i] || null
  }
  const code = codeCell(row, header)
  if (code !== null && !RespondentCode.safeParse(code).success) at('respondentsImport.problem.badCode', { value: code })
  const groupText = optional('group')
  const group = groupText ? parseGroup(groupText) : undefined
  if (!groupText) at('respondentsImport.problem.missingGroup')
  else if (!group) at('respondentsImport.problem.badGroup', { value: groupText })
  for (const c of ['unit', 'site', 'role'] as const) {
    const value = optional(c)
    if (value && value.length > LENGTHS[c])
      at('respondentsImport.problem.tooLong', { column: header.label[c] ?? c, max: LENGTHS[c] })
  }
  if (problems.length > 0 || !group) return { problems }
  return {
    line: row.line,
    code,
    group,
    unit: optional('unit'),
    site: optional('site'),
    role: optional('role'),
    realName: optional('realName'),
    cells: row.cells,
  }
}

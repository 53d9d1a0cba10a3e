import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import { RespondentCode } from '../../../shared/domain/respondent'
import { fileProblem, lineProblem, ProblemList } from './import-error'
import { COLUMNS, OPTIONAL, readHeader, type Column, type Header } from './columns'
import { parseGroup, parseIntensity, parseStance, parseValence } from './coding-values'
import type { TableRow, TableStream } from './table'

/** One row of the file, read and checked on its own (not yet against the engagement). */
export interface CodedRow {
  line: number
  respondent: string
  group: Group
  question: string
  excerpt: string
  /** The code's key as written; the engagement's codebook decides whether it exists. */
  code: string
  stance: Stance
  target: Group | null
  valence: Valence
  intensity: 1 | 2 | 3 | null
  coder: string
}

/** Every cell but the optional columns' must be filled in. */
const REQUIRED_CELLS: readonly Column[] = COLUMNS.filter((c) => !OPTIONAL.includes(c))

/**
 * Reads the header, then each data row as the table yields it, handing every typed row to `onRow`.
 * A row with any problem is not handed on and its problems are listed, so that one pass reports
 * everything wrong in the file (the first of them kept, all counted). Returns the problems (the
 * table's own, a quote never closed, too).
 */
export function parseCodedRows(table: TableStream, onRow: (row: CodedRow) => void): ProblemList<ImportProblem> {
  // undefined until the first row is read; null for a header that cannot be read.
  let header: Header | null | undefined
  let data = 0
  const problems = new ProblemList<ImportProblem>()
  for (const row of table.rows) {
    if (header === undefined) {
      const read = readHeader(row)
      header = read.header
      problems.add(read.problems)
    } else if (header !== null) {
      // Past a header that cannot be read, the rest is only read through for a quote never closed.
      data++
      const read = readRow(row, header, table.separator)
      if ('problems' in read) problems.add(read.problems)
      else onRow(read)
    }
  }
  // A quote never closed in the header leaves no row at all: that is the problem to report.
  if (header === undefined)
    return listOf(table.problems.length ? table.problems : [fileProblem('import.problem.emptyFile', table.file)])
  if (header !== null && data === 0 && table.problems.length === 0)
    return listOf([fileProblem('import.problem.headerOnly', table.file)])
  problems.add(table.problems)
  return problems
}

function listOf(problems: readonly ImportProblem[]): ProblemList<ImportProblem> {
  const list = new ProblemList<ImportProblem>()
  list.add(problems)
  return list
}

function readRow(row: TableRow, header: Header, separator: string | null): CodedRow | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const at = (key: ImportProblemKey, params = {}) => problems.push(lineProblem(row.line, key, params))
  // In a CSV, cells beyond the header mean an unquoted separator shifted the row; in a workbook
  // they are notes beside the table.
  const extra = separator === null ? 0 : row.cells.slice(header.width).filter((c) => c !== '').length
  if (extra > 0) {
    // The cells are shifted: reading them would only report consequences of the same mistake.
    at('import.problem.extraCells', { cells: header.width + extra, columns: header.width, separator })
    return { problems }
  }
  const cell = (c: Column): string => {
    const i = header.index[c]
    return i === undefined ? '' : (row.cells[i] ?? '')
  }
  for (const c of REQUIRED_CELLS)
    if (cell(c) === '') at('import.problem.missingValue', { column: header.label[c] ?? c })

  const respondent = cell('respondent')
  if (respondent && !RespondentCode.safeParse(respondent).success)
    at('import.problem.badRespondent', { value: respondent })
  const group = cell('group') ? parseGroup(cell('group')) : null
  if (group === undefined) at('import.problem.badGroup', { value: cell('group') })
  const stance = cell('stance') ? parseStance(cell('stance')) : null
  if (stance === undefined) at('import.problem.badStance', { value: cell('stance') })
  const targetText = cell('target')
  let target: Group | null = null
  if (stance === 'SELF' && targetText) at('import.problem.targetOnSelf', { value: targetText })
  if (stance === 'ATTR' && !targetText) at('import.problem.missingTarget')
  if (stance === 'ATTR' && targetText) {
    const parsed = parseGroup(targetText)
    if (parsed) target = parsed
    else at('import.problem.badTarget', { value: targetText })
  }
  const valence = cell('valence') ? parseValence(cell('valence')) : null
  if (valence === undefined) at('import.problem.badValence', { value: cell('valence') })
  const intensity = parseIntensity(cell('intensity'))
  if (intensity === undefined) at('import.problem.badIntensity', { value: cell('intensity') })

  if (problems.length > 0 || !group || !stance || !valence || intensity === undefined) return { problems }
  return {
    line: row.line,
    respondent,
    group,
    question: cell('question'),
    excerpt: cell('excerpt'),
    code: cell('code'),
    stance,
    target,
    valence,
    intensity,
    coder: cell('coder'),
  }
}

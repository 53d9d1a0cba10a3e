import path from 'node:path'
import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import type { RespondentImportProblem, RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import { fail, TerrainError } from '../../../shared/domain/terrain-error'
import { ImportError } from '../import/import-error'
import { openCodingsTable } from '../import/read-table'
import type { TableRow, TableStream } from '../import/table'
import { RespondentImportError } from './respondent-import-problem'

/** A CSV or the first sheet of an XLSX, as rows of text, with problems in the respondent import's words. */
export interface RespondentsTableStream extends Omit<TableStream, 'problems'> {
  problems: RespondentImportProblem[]
}

/** The same, read whole. */
export interface RespondentsTable extends RespondentsTableStream {
  rows: TableRow[]
}

/** What the coded-excerpt reader may say about a file, and the same in this import's catalogue. */
const READ_PROBLEMS: Partial<Record<ImportProblemKey, RespondentImportProblemKey>> = {
  'import.problem.unsupportedFile': 'respondentsImport.problem.unsupportedFile',
  'import.problem.unreadable': 'respondentsImport.problem.unreadable',
  'import.problem.notText': 'respondentsImport.problem.notText',
  'import.problem.badWorkbook': 'respondentsImport.problem.badWorkbook',
  'import.problem.unclosedQuote': 'respondentsImport.problem.unclosedQuote',
  'import.problem.rowTooLong': 'respondentsImport.problem.rowTooLong',
}

/**
 * Opens a CSV (comma or semicolon; UTF-8, with or without BOM, UTF-16 with a BOM, or Windows-1252)
 * or an XLSX file of respondents as rows of text, with the coded-excerpt import's reader: a CSV's
 * rows are read as they are iterated. A missing file is a FILE_MISSING TerrainError; one that cannot
 * be read is refused with a RespondentImportError (now, or as its rows are read); a limit passed
 * keeps its LimitRefusal.
 */
export function openRespondentsTable(filePath: string): RespondentsTableStream {
  const table = inThisImportsWords(filePath, () => openCodingsTable(filePath))
  const problems = table.problems
  return {
    ...table,
    rows: translatedRows(filePath, table.rows),
    // The reader adds its problems as the rows are read: they are translated when asked for.
    get problems() {
      return problems.map((p) => translated(p, table.file))
    },
  }
}

/** The same, read whole (a caller may read it before it opens the engagement for writing). */
export function readRespondentsTable(filePath: string): RespondentsTable {
  const table = openRespondentsTable(filePath)
  const rows = [...table.rows]
  return { file: table.file, separator: table.separator, rows, problems: table.problems }
}

function* translatedRows(filePath: string, rows: Iterable<TableRow>): Generator<TableRow> {
  const iterator = rows[Symbol.iterator]()
  try {
    for (;;) {
      const next = inThisImportsWords(filePath, () => iterator.next())
      if (next.done) return
      yield next.value
    }
  } finally {
    iterator.return?.()
  }
}

/** Runs the reader, its refusals put in this import's words. */
function inThisImportsWords<T>(filePath: string, read: () => T): T {
  try {
    return read()
  } catch (err) {
    if (err instanceof ImportError)
      throw new RespondentImportError(
        err.file,
        err.problems.map((p) => translated(p, err.file)),
      )
    if (err instanceof TerrainError && err.code === 'FILE_MISSING') {
      const absolute = path.resolve(filePath)
      fail('FILE_MISSING', `${absolute} does not exist. Check the path of the file of respondents.`, absolute)
    }
    throw err
  }
}

/** A reader's problem under this import's key; one the reader may say some day falls back on "unreadable". */
function translated(p: ImportProblem, file: string): RespondentImportProblem {
  const key = READ_PROBLEMS[p.key] ?? 'respondentsImport.problem.unreadable'
  return { line: p.line, key, params: { file, ...p.params } }
}

import path from 'node:path'
import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import type { RespondentImportProblem, RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import { fail, TerrainError } from '../../../shared/domain/terrain-error'
import { ImportError } from '../import/import-error'
import { readCodingsTable } from '../import/read-table'
import type { Table } from '../import/table'
import { RespondentImportError } from './respondent-import-problem'

/** A CSV or the first sheet of an XLSX, as rows of text, with problems in the respondent import's words. */
export interface RespondentsTable extends Omit<Table, 'problems'> {
  problems: RespondentImportProblem[]
}

/** What the coded-excerpt reader may say about a file, and the same in this import's catalogue. */
const READ_PROBLEMS: Partial<Record<ImportProblemKey, RespondentImportProblemKey>> = {
  'import.problem.unsupportedFile': 'respondentsImport.problem.unsupportedFile',
  'import.problem.unreadable': 'respondentsImport.problem.unreadable',
  'import.problem.notText': 'respondentsImport.problem.notText',
  'import.problem.badWorkbook': 'respondentsImport.problem.badWorkbook',
  'import.problem.unclosedQuote': 'respondentsImport.problem.unclosedQuote',
}

/**
 * Reads a CSV (comma or semicolon; UTF-8, with or without BOM, or Windows-1252) or an XLSX file of
 * respondents into rows of text, with the coded-excerpt import's reader. A missing file is a
 * FILE_MISSING TerrainError; one that cannot be read is refused with a RespondentImportError.
 */
export function readRespondentsTable(filePath: string): RespondentsTable {
  let table: Table
  try {
    table = readCodingsTable(filePath)
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
  return { ...table, problems: table.problems.map((p) => translated(p, table.file)) }
}

/** A reader's problem under this import's key; one the reader may say some day falls back on "unreadable". */
function translated(p: ImportProblem, file: string): RespondentImportProblem {
  const key = READ_PROBLEMS[p.key] ?? 'respondentsImport.problem.unreadable'
  return { line: p.line, key, params: { file, ...p.params } }
}

import type { RespondentImportSummary } from '../../../shared/api/respondents-import'
import type { Engagement } from '../engagement/engagement'
import type { ProgressCallback } from '../import/write-import'
import { parseRespondentRows } from './parse-respondent-rows'
import { planRespondents } from './plan-respondents'
import { openRespondentsTable, type RespondentsTableStream } from './read-respondents-table'
import { refuseRespondents } from './respondent-import-problem'
import { respondentsLimit } from './respondents-limit'
import { writeRespondents } from './write-respondents'

export { RespondentImportError } from './respondent-import-problem'
export { openRespondentsTable, readRespondentsTable, type RespondentsTable } from './read-respondents-table'

export interface RespondentImportOptions {
  /** Called as respondents are written: (done, total). */
  onProgress?: ProgressCallback
}

/**
 * Imports respondents from a CSV or XLSX file (the client's list of the people to interview): one
 * row per respondent with its code, group, and if the file has them unit, site, role, real name
 * (kept apart) and variables (every other column). A code already in the engagement is updated;
 * an empty code gets the next free one. Everything is checked first; a file with any problem
 * writes nothing and throws a RespondentImportError listing its problems by line (the first
 * thousand, and how many in all; a LimitRefusal
 * for one past a limit of ../shared/LIMITS.md). Otherwise
 * everything is written in one transaction. A missing file is a FILE_MISSING TerrainError.
 */
export function importRespondents(
  e: Engagement,
  filePath: string,
  options: RespondentImportOptions = {},
): RespondentImportSummary {
  return importRespondentsTable(e, openRespondentsTable(filePath), options)
}

/**
 * The same, for a table already opened or read (a caller may read it before it opens the engagement
 * for writing). A file that would bring the engagement past MAX_RESPONDENTS is refused for that
 * first, with a LimitRefusal; the rows it is refused on are counted, not kept.
 */
export function importRespondentsTable(
  e: Engagement,
  table: RespondentsTableStream,
  options: RespondentImportOptions = {},
): RespondentImportSummary {
  const limit = respondentsLimit(e, table.file)
  const parsed = parseRespondentRows(table, limit)
  limit.check()
  if (!parsed.header) refuseRespondents(table.file, parsed.problems)
  const planned = planRespondents(e, parsed.header, parsed.rows, table.separator === null)
  if (parsed.problems.total + planned.problems.total > 0)
    refuseRespondents(table.file, parsed.problems, planned.problems)
  return writeRespondents(e, planned.plan, table.file, options.onProgress)
}

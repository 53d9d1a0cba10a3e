import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'
import { RespondentCode, VariableType } from '../domain/respondent'
import { enRespondents } from '../i18n/en-respondents'

type RespondentsMessageKey = keyof typeof enRespondents
/** The message keys a problem of a respondent import may carry (the catalogues' `respondentsImport.problem.*`). */
export type RespondentImportProblemKey = Extract<RespondentsMessageKey, `respondentsImport.problem.${string}`>

export const RESPONDENT_IMPORT_PROBLEM_KEYS = (Object.keys(enRespondents) as RespondentsMessageKey[]).filter(
  (k): k is RespondentImportProblemKey => k.startsWith('respondentsImport.problem.'),
)

/**
 * One reason a file of respondents was refused, to be shown as translate(lang, key, params)
 * (params carry `line` too, and `file` for a problem with the whole file). `line` is 1-based, the
 * header being line 1 (a spreadsheet's row number); null when the problem is the file as a whole.
 */
export const RespondentImportProblem = z.object({
  line: z.number().int().positive().nullable(),
  key: z.custom<RespondentImportProblemKey>(
    (v) => typeof v === 'string' && (RESPONDENT_IMPORT_PROBLEM_KEYS as string[]).includes(v),
  ),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type RespondentImportProblem = z.infer<typeof RespondentImportProblem>

/** One row of the file, as it was written. */
export const ImportedRespondent = z.object({
  /** The row's line in the file (the header being line 1). */
  line: z.number().int().positive(),
  code: RespondentCode,
  /** created: a new respondent; updated: the engagement already had this code. */
  action: z.enum(['created', 'updated']),
  /** The row's code cell was empty: the respondent got the next free code. */
  codeAssigned: z.boolean(),
})
export type ImportedRespondent = z.infer<typeof ImportedRespondent>

/** One variable column of the file. */
export const ImportedVariable = z.object({
  key: z.string(),
  name: z.string(),
  type: VariableType,
  /** created: a new variable, its type inferred from the column's values; existing: its type kept. */
  action: z.enum(['created', 'existing']),
})
export type ImportedVariable = z.infer<typeof ImportedVariable>

/** What an import of respondents wrote. */
export const RespondentImportSummary = z.object({
  /** The imported file's name, without its folder. */
  file: z.string(),
  /** Data rows read (one per respondent), the header and empty rows aside. */
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  /** Rows whose empty code cell got the next free code (counted in `created` too). */
  codesAssigned: z.number().int().nonnegative(),
  variablesCreated: z.number().int().nonnegative(),
  /** Respondents whose real name was set, kept apart in their identity. */
  realNames: z.number().int().nonnegative(),
  respondents: z.array(ImportedRespondent),
  variables: z.array(ImportedVariable),
})
export type RespondentImportSummary = z.infer<typeof RespondentImportSummary>

export const respondentsImportApi = {
  /**
   * Imports respondents from a CSV or XLSX file into the open engagement, all or nothing: a code
   * already there is updated, an empty code gets the next free one, other columns are variables.
   * INVALID_INPUT: the file was refused; its message lists the problems by line (in English).
   */
  'respondents.import': call({
    input: z.object({ path: FilePath }).strict(),
    output: RespondentImportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'INVALID_INPUT', 'FILE_MISSING', 'CANCELLED'],
    file: { field: 'path', access: 'read' },
    job: 'respondents',
  }),
} as const

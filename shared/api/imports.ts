import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'
import { enImport } from '../i18n/en-import'

type ImportMessageKey = keyof typeof enImport
/** The message keys a problem of an import may carry (the catalogues' `import.problem.*`). */
export type ImportProblemKey = Extract<ImportMessageKey, `import.problem.${string}`>

export const IMPORT_PROBLEM_KEYS = (Object.keys(enImport) as ImportMessageKey[]).filter((k): k is ImportProblemKey =>
  k.startsWith('import.problem.'),
)

/**
 * One reason a file of coded excerpts was refused, to be shown as translate(lang, key, params)
 * (params carry `line` too, and `file` for a problem with the whole file). `line` is 1-based, the
 * header being line 1: the record's number in a CSV (a spreadsheet's row number, even when a cell
 * above holds line breaks), the sheet's row number in an XLSX. It is null when the problem is the
 * file as a whole (empty, header only, unreadable, neither CSV nor XLSX).
 */
export const ImportProblem = z.object({
  line: z.number().int().positive().nullable(),
  key: z.custom<ImportProblemKey>((v) => typeof v === 'string' && (IMPORT_PROBLEM_KEYS as string[]).includes(v)),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type ImportProblem = z.infer<typeof ImportProblem>

/** What an import of coded excerpts wrote. */
export const ImportSummary = z.object({
  /** The imported file's name, without its folder. */
  file: z.string(),
  /** Data rows read (one per excerpt and code), the header and empty rows aside. */
  rows: z.number().int().nonnegative(),
  excerpts: z.number().int().nonnegative(),
  codings: z.number().int().nonnegative(),
  /** One per respondent and question, kind 'imported'. */
  documents: z.number().int().nonnegative(),
  respondentsCreated: z.number().int().nonnegative(),
  respondentsReused: z.number().int().nonnegative(),
  questionsCreated: z.number().int().nonnegative(),
  questionsReused: z.number().int().nonnegative(),
  codersCreated: z.number().int().nonnegative(),
  codersReused: z.number().int().nonnegative(),
})
export type ImportSummary = z.infer<typeof ImportSummary>

export const importsApi = {
  /**
   * Imports coded excerpts from a CSV or XLSX file into the open engagement, all or nothing.
   * INVALID_INPUT: the file was refused; its message lists the problems by line (in English).
   */
  'import.codings': call({
    input: z.object({ path: FilePath }).strict(),
    output: ImportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'INVALID_INPUT', 'FILE_MISSING', 'CANCELLED'],
    file: { field: 'path', access: 'read' },
    job: 'import',
  }),
} as const

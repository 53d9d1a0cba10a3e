import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'
import { enCodebookTransfer } from '../i18n/en-codebook-transfer'

type CodebookTransferMessageKey = keyof typeof enCodebookTransfer
/** The message keys a problem of a codebook import may carry (the catalogues' `codebookTransfer.problem.*`). */
export type CodebookProblemKey = Extract<CodebookTransferMessageKey, `codebookTransfer.problem.${string}`>

export const CODEBOOK_PROBLEM_KEYS = (Object.keys(enCodebookTransfer) as CodebookTransferMessageKey[]).filter(
  (k): k is CodebookProblemKey => k.startsWith('codebookTransfer.problem.'),
)

/** The two codebook files: Terrain's own JSON (everything) and REFI-QDA's .qdc (what other tools read). */
export const CodebookFormat = z.enum(['json', 'qdc'])
export type CodebookFormat = z.infer<typeof CodebookFormat>

/**
 * One reason a codebook file was refused, to be shown as translate(lang, key, params) (params carry
 * `line` too, and `file` for a problem with the whole file). `line` is 1-based; null when the
 * problem is the file as a whole.
 */
export const CodebookProblem = z.object({
  line: z.number().int().positive().nullable(),
  key: z.custom<CodebookProblemKey>((v) => typeof v === 'string' && (CODEBOOK_PROBLEM_KEYS as string[]).includes(v)),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type CodebookProblem = z.infer<typeof CodebookProblem>

const Tally = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
})

/** What an import of a codebook wrote: nothing is ever deleted, no existing key ever changes. */
export const CodebookImportSummary = z.object({
  /** The imported file's name, without its folder. */
  file: z.string(),
  format: CodebookFormat,
  codes: Tally,
  families: Tally,
  /** The keys of the codes added, in the file's order (generated from the name where the file has none). */
  addedKeys: z.array(z.string()),
})
export type CodebookImportSummary = z.infer<typeof CodebookImportSummary>

export const CodebookExportSummary = z.object({
  path: FilePath,
  format: CodebookFormat,
  families: z.number().int().nonnegative(),
  codes: z.number().int().nonnegative(),
})
export type CodebookExportSummary = z.infer<typeof CodebookExportSummary>

export const codebookTransferApi = {
  /** Where to export the codebook, in the chosen format (its extension is added when missing). */
  'files.chooseCodebookExport': call({
    input: z.object({ suggestedName: z.string().max(200), format: CodebookFormat }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['codebook.export'],
  }),
  /** A codebook file to import: Terrain JSON, REFI-QDA .qdc, or a project's .qde. */
  'files.chooseCodebookImport': call({
    input: z.object({}).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['codebook.import'],
  }),
  'codebook.export': call({
    input: z.object({ path: FilePath, format: CodebookFormat }).strict(),
    output: CodebookExportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'codebookExport',
  }),
  /**
   * Imports a codebook into the open engagement in one transaction: new codes added, existing ones
   * (by key, guid or name) updated. INVALID_INPUT: the file was refused and nothing written.
   */
  'codebook.import': call({
    input: z.object({ path: FilePath }).strict(),
    output: CodebookImportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'INVALID_INPUT', 'FILE_MISSING', 'CANCELLED'],
    file: { field: 'path', access: 'read' },
    job: 'codebookImport',
  }),
} as const

import { z } from 'zod'
import { call } from './call'
import { Id, Offset } from '../domain/ids'
import { Group, GROUPS, Language, Stance, Valence } from '../domain/groups'
import { FilePath } from './engagement'
import { VariableType, VariableValue } from '../domain/respondent'

/** ANY: excerpts coded with any chosen code; ALL: excerpts of the first code that overlap every other one. */
export const RETRIEVAL_MODES = ['any', 'all'] as const
export const RetrievalMode = z.enum(RETRIEVAL_MODES)
export type RetrievalMode = z.infer<typeof RetrievalMode>

/** Most excerpts one call returns: enough to read, few enough to stay fast over 50,000 codings. */
export const RETRIEVAL_PAGE_MAX = 500

const CodeIds = z.array(Id).max(100)

/** Which excerpts to retrieve: codes combined by mode, minus excluded codes, narrowed by filters. */
export const RetrievalQuery = z
  .object({
    codeIds: CodeIds.min(1, 'Choose at least one code to retrieve.'),
    mode: RetrievalMode.default('any'),
    excludeCodeIds: CodeIds.default([]),
    /** A coding of a sub-code counts for its parent (DIAGNOSIS.md, Conventions). */
    includeSubcodes: z.boolean().default(true),
    groups: z.array(Group).max(GROUPS.length).default([]),
    variable: z
      .object({ variableId: Id, value: VariableValue.refine((v) => v !== null) })
      .nullable()
      .default(null),
    stance: Stance.nullable().default(null),
    target: Group.nullable().default(null),
    coderIds: z.array(Id).max(100).default([]),
  })
  .strict()
  .refine((q) => !(q.stance === 'SELF' && q.target), {
    message: 'A target applies to attributed (ATTR) excerpts only: choose the ATTR stance or no target.',
    path: ['target'],
  })
  .refine((q) => !q.codeIds.some((id) => q.excludeCodeIds.includes(id)), {
    message: 'A code cannot be both retrieved and excluded: remove it from one of the two lists.',
    path: ['excludeCodeIds'],
  })
export type RetrievalQuery = z.output<typeof RetrievalQuery>
export type RetrievalQueryInput = z.input<typeof RetrievalQuery>

export const RetrievalPageInput = z
  .object({
    query: RetrievalQuery,
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(RETRIEVAL_PAGE_MAX).default(200),
  })
  .strict()
export type RetrievalPageInput = z.output<typeof RetrievalPageInput>

/** One retrieved excerpt: a span of a document, what is coded on it, who said it, and its surroundings. */
export const RetrievedExcerpt = z.object({
  documentId: Id,
  start: Offset,
  end: Offset,
  text: z.string(),
  /** Up to about 200 characters on each side, cut at word boundaries. */
  before: z.string(),
  after: z.string(),
  /** Whether the document goes on beyond the context shown (the UI adds an ellipsis). */
  moreBefore: z.boolean(),
  moreAfter: z.boolean(),
  /** The document's title: the question answered, or the transcript's name. */
  documentTitle: z.string(),
  respondentId: Id.nullable(),
  respondentCode: z.string().nullable(),
  group: Group.nullable(),
  /** Every code on exactly this span (by the coders the query keeps), in codebook order. */
  codeIds: z.array(Id),
  /** The coders of the matching codings on this span. */
  coderIds: z.array(Id),
  /** Attributes of the first matching coding on this span. */
  stance: Stance,
  target: Group.nullable(),
  valence: Valence,
})
export type RetrievedExcerpt = z.infer<typeof RetrievedExcerpt>

export const RetrievalPage = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  excerpts: z.array(RetrievedExcerpt),
})
export type RetrievalPage = z.infer<typeof RetrievalPage>

export const RetrievalCell = z.object({
  excerpts: z.number().int().nonnegative(),
  respondents: z.number().int().nonnegative(),
})
export type RetrievalCell = z.infer<typeof RetrievalCell>

/** One row of the counts: by group, and over all groups. */
export const RetrievalCountRow = z.object({
  byGroup: z.partialRecord(Group, RetrievalCell),
  total: RetrievalCell,
})
export type RetrievalCountRow = z.infer<typeof RetrievalCountRow>

/**
 * Counts of the query by code and group. A code's row counts its excerpts that pass the filters
 * and exclusions (in ALL mode, those that overlap every other chosen code); `all` counts the
 * excerpts the list shows, so its total equals the list's total (excerpts without a respondent aside).
 */
export const RetrievalCounts = z.object({
  codes: z.array(RetrievalCountRow.extend({ codeId: Id })),
  all: RetrievalCountRow,
})
export type RetrievalCounts = z.infer<typeof RetrievalCounts>

/** A respondent variable with the values respondents hold, to filter by. */
export const RetrievalVariable = z.object({
  id: Id,
  name: z.string(),
  type: VariableType,
  values: z.array(VariableValue),
})
export type RetrievalVariable = z.infer<typeof RetrievalVariable>

export const retrievalApi = {
  /** Where to save the retrieved excerpts as a workbook. */
  'files.chooseExcerptsExportPath': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['retrieval.export'],
  }),
  /** The codings the query finds, as an Excel workbook in the shape of the deliverable's Excerpts sheet. */
  'retrieval.export': call({
    input: z.object({ query: RetrievalQuery, path: FilePath, language: Language }).strict(),
    output: z.object({ path: FilePath, codings: z.number().int().nonnegative() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'excerptsExport',
  }),
  'retrieval.excerpts': call({
    input: RetrievalPageInput,
    output: RetrievalPage,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'retrieval.counts': call({
    input: z.object({ query: RetrievalQuery }).strict(),
    output: RetrievalCounts,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'retrieval.variables': call({
    input: z.object({}).strict(),
    output: z.array(RetrievalVariable),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
} as const

export type RetrievalApiName = keyof typeof retrievalApi

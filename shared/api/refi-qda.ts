import { z } from 'zod'
import { call } from './call'
import { EngagementSummary, FilePath, NewPassphrase } from './engagement'
import { Language } from '../domain/groups'

export const QdpxExportSummary = z.object({
  path: FilePath,
  sources: z.number().int().nonnegative(),
  codings: z.number().int().nonnegative(),
  codes: z.number().int().nonnegative(),
  cases: z.number().int().nonnegative(),
  users: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
})

/** A text of the project that names a respondent: what it is, where a person finds it, and the name. */
export const QdpxNameWarning = z.object({
  subject: z.enum(['document', 'note', 'respondent', 'user', 'extras']),
  id: z.string(),
  where: z.string(),
  name: z.string(),
})
export type QdpxNameWarning = z.infer<typeof QdpxNameWarning>

/** Why something of a project did not come in, or how it was read: one line of the import's report. */
export const QDPX_NOTICE_KEYS = [
  'sourceKind',
  'sourceMissingFile',
  'sourceOutsideProject',
  'sourceNotUnicode',
  'sourceNoText',
  'sourceTooLong',
  'sourceBadDocx',
  'sourceSharedFile',
  'counting',
  'bomCounted',
  'unchecked',
  'selectionOutside',
  'selectionNotText',
  'selectionEmpty',
  'unknownCode',
  'categoryCode',
  'codingsRefused',
  'caseRenamed',
  'groupValue',
  'noGroupVariable',
  'sourceWithoutCase',
  'variableValue',
  'rowsSetAside',
  'rowsLeftOut',
] as const
export type QdpxNoticeKey = (typeof QDPX_NOTICE_KEYS)[number]

export const QdpxImportNotice = z.object({
  key: z.enum(QDPX_NOTICE_KEYS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type QdpxImportNotice = z.infer<typeof QdpxImportNotice>

const count = z.number().int().nonnegative()

/** What a REFI-QDA project import made: the new engagement, what came in, and what did not and why. */
export const QdpxImportReport = z.object({
  path: FilePath,
  /** The tool that wrote the project, as it says (origin). */
  origin: z.string(),
  /** Whether Terrain's own data (terrain/extras.json) were read back. */
  fromTerrain: z.boolean(),
  groupVariable: z.string().nullable(),
  imported: z.object({
    documents: count,
    respondents: count,
    coders: count,
    codes: count,
    families: count,
    codings: count,
    memos: count,
    variables: count,
  }),
  notImported: z.object({ sources: count, selections: count, codings: count }),
  notices: z.array(QdpxImportNotice),
  /** Notices past those kept, only counted. */
  noticesLeftOut: count,
})
export type QdpxImportReport = z.infer<typeof QdpxImportReport>

/** A case variable that could hold the respondents' groups (asked before the import). */
export const QdpxGroupCandidate = z.object({
  name: z.string(),
  values: z.array(z.string()),
  groupValues: count,
})

/** What a project holds, read before the import: what the consultant is asked. */
export const QdpxProjectOverview = z.object({
  /** Names the project read, for the import that follows. */
  projectId: z.string(),
  name: z.string(),
  origin: z.string(),
  fromTerrain: z.boolean(),
  sources: count,
  cases: count,
  selections: count,
  candidates: z.array(QdpxGroupCandidate),
  groupVariable: z.string().nullable(),
  needsGroupVariable: z.boolean(),
})
export type QdpxProjectOverview = z.infer<typeof QdpxProjectOverview>

export const refiQdaApi = {
  /** A REFI-QDA project to start an engagement from. */
  'files.chooseQdpxProject': call({
    input: z.object({}).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['refi.inspectProject'],
  }),
  /** Reads a project (writes nothing): its sources, cases, and the variables that could hold the groups. */
  'refi.inspectProject': call({
    input: z.object({ path: FilePath, language: Language }).strict(),
    output: QdpxProjectOverview,
    errors: ['INVALID_INPUT', 'FILE_MISSING'],
    file: { field: 'path', access: 'read' },
  }),
  /**
   * A new engagement at `path` (named in a Save dialog) from the project read by
   * refi.inspectProject, opened; with the report of what came in and what did not.
   */
  'refi.importProject': call({
    input: z
      .object({
        path: FilePath,
        projectId: z.string().max(100),
        language: Language,
        /** The case variable that holds the groups; null: none. */
        groupVariable: z.string().max(500).nullable(),
        passphrase: NewPassphrase.optional(),
        remember: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ engagement: EngagementSummary, report: QdpxImportReport }),
    errors: ['FILE_EXISTS', 'FILE_MISSING', 'INVALID_INPUT', 'NOT_FOUND', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'qdpxImport',
  }),
  /** Where to save the engagement as a REFI-QDA project. */
  'files.chooseQdpxExportPath': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['refi.exportProject'],
  }),
  /** The texts of the project that would carry a respondent's real name (the names gate); reads only. */
  'refi.projectNames': call({
    input: z.object({}).strict(),
    output: z.array(QdpxNameWarning),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  /**
   * The engagement as a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo and QualCoder.
   * CONFLICT when a text would show a respondent's real name and the consultant did not say they
   * checked them (allowNames); nothing is written then.
   */
  'refi.exportProject': call({
    input: z.object({ path: FilePath, allowNames: z.boolean().default(false) }).strict(),
    output: QdpxExportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'FILE_MISSING', 'FILE_NOT_WRITABLE', 'CONFLICT', 'CANCELLED'],
    file: { field: 'path', access: 'write' },
    job: 'qdpxExport',
  }),
} as const

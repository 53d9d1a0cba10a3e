import { z } from 'zod'
import { call, type FilePathSchema } from './call'
import { EngagementInfo, EngagementPatch, EntityCounts } from '../domain/engagement'
import { Language } from '../domain/groups'

/** A file path on the consultant's machine (a call naming one declares what it does with it: call.ts). */
export const FilePath = z.string().min(1).max(4096) as FilePathSchema

export const GroupCounts = z.object({
  employee: z.number().int(),
  manager: z.number().int(),
  leadership: z.number().int(),
  customer: z.number().int(),
  other: z.number().int(),
})

export const EngagementSummary = z.object({
  path: FilePath,
  fileName: z.string(),
  schemaVersion: z.number().int(),
  info: EngagementInfo,
  counts: EntityCounts,
  respondentsByGroup: GroupCounts,
  interviewsDone: z.number().int(),
  /** Problems met while opening that did not stop it (the session backup could not be written). */
  warnings: z.array(z.enum(['BACKUP_FAILED'])),
})
export type EngagementSummary = z.infer<typeof EngagementSummary>

export const RecentEngagement = z.object({
  path: FilePath,
  client: z.string(),
  title: z.string(),
  openedAt: z.iso.datetime(),
  exists: z.boolean(),
})
export type RecentEngagement = z.infer<typeof RecentEngagement>

const empty = z.object({}).strict()

export const engagementApi = {
  'app.about': call({
    input: empty,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), demoRespondents: z.number().int() }),
    errors: [],
  }),
  'app.flushed': call({ input: empty, output: z.null(), errors: [], shell: true }),
  'files.chooseNew': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['engagement.create'],
  }),
  'files.chooseExisting': call({
    input: empty,
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['engagement.open'],
  }),
  /** A CSV or XLSX file of coded excerpts to import. */
  'files.chooseSpreadsheet': call({
    input: empty,
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['import.codings', 'respondents.import'],
  }),
  'engagement.create': call({
    input: z
      .object({
        path: FilePath,
        language: Language,
        client: z.string().trim().max(200).default(''),
        title: z.string().trim().max(300).default(''),
      })
      .strict(),
    output: EngagementSummary,
    errors: ['FILE_EXISTS', 'FILE_MISSING'],
    file: { field: 'path', access: 'write' },
  }),
  'engagement.open': call({
    input: z.object({ path: FilePath }).strict(),
    output: EngagementSummary,
    errors: ['FILE_MISSING', 'NOT_AN_ENGAGEMENT', 'CORRUPT_FILE', 'FROM_NEWER_VERSION'],
    file: { field: 'path', access: 'open' },
  }),
  'engagement.openDemo': call({
    input: z.object({ language: Language }).strict(),
    output: EngagementSummary,
    errors: [],
  }),
  'engagement.current': call({ input: empty, output: EngagementSummary.nullable(), errors: [] }),
  'engagement.close': call({ input: empty, output: z.null(), errors: [] }),
  'engagement.update': call({
    input: EngagementPatch.strict(),
    output: EngagementSummary,
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'engagement.recent': call({ input: empty, output: z.array(RecentEngagement), errors: [] }),
  'engagement.forgetRecent': call({
    input: z.object({ path: FilePath }).strict(),
    output: z.null(),
    errors: [],
    file: { field: 'path', access: 'recent' },
  }),
} as const

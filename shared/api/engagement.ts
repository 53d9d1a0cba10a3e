import { z } from 'zod'
import { call, type FilePathSchema } from './call'
import { EngagementInfo, EngagementPatch, EntityCounts } from '../domain/engagement'
import { Language } from '../domain/groups'
import { MIN_PASSPHRASE, passphraseLongEnough } from '../domain/passphrase'

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
  /** Encrypted at rest (with its WAL and backups); its exports are not. */
  encrypted: z.boolean(),
})
export type EngagementSummary = z.infer<typeof EngagementSummary>

export const RecentEngagement = z.object({
  path: FilePath,
  client: z.string(),
  title: z.string(),
  openedAt: z.iso.datetime(),
  exists: z.boolean(),
  /** Shown with a lock: opening it asks for its passphrase (unless this computer keeps it). */
  encrypted: z.boolean().default(false),
})
export type RecentEngagement = z.infer<typeof RecentEngagement>

const empty = z.object({}).strict()

/** A passphrase as typed to open a file: never judged, only tried. */
export const Passphrase = z.string().min(1).max(1024)
export const NewPassphrase = z
  .string()
  .max(1024)
  .refine(passphraseLongEnough, { message: `A passphrase has at least ${MIN_PASSPHRASE} characters.` })

export const EncryptionStatus = z.object({
  encrypted: z.boolean(),
  /** Whether this computer keeps the passphrase in its keychain. */
  passphraseKept: z.boolean(),
  /** Whether this computer has a real keychain to keep one in (not on Linux's basic_text). */
  keychain: z.boolean(),
})
export type EncryptionStatus = z.infer<typeof EncryptionStatus>

/** Why an engagement file does not open. */
export const OPEN_ERRORS = [
  'FILE_MISSING',
  'NOT_AN_ENGAGEMENT',
  'CORRUPT_FILE',
  'FROM_NEWER_VERSION',
  'ENCRYPTED',
  'WRONG_PASSPHRASE',
] as const

export const engagementApi = {
  'app.about': call({
    input: empty,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      demoRespondents: z.number().int(),
      keychain: z.boolean(),
    }),
    errors: [],
  }),
  'app.flushed': call({ input: empty, output: z.null(), errors: [], shell: true }),
  /**
   * Cancels a long job under way (its id from job.progress): it stops at its next step and leaves
   * nothing half-written. False when no such job runs (it ended already).
   */
  'jobs.cancel': call({
    input: z.object({ jobId: z.string().max(100) }).strict(),
    output: z.boolean(),
    errors: [],
    shell: true,
  }),
  'files.chooseNew': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['engagement.create', 'refi.importProject'],
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
        /** Absent: a plain file, which the consultant chose on purpose. */
        passphrase: NewPassphrase.optional(),
        remember: z.boolean().default(false),
      })
      .strict(),
    output: EngagementSummary,
    errors: ['FILE_EXISTS', 'FILE_MISSING'],
    file: { field: 'path', access: 'write' },
  }),
  'engagement.open': call({
    input: z.object({ path: FilePath, passphrase: Passphrase.optional(), remember: z.boolean().optional() }).strict(),
    output: EngagementSummary,
    errors: OPEN_ERRORS,
    file: { field: 'path', access: 'open' },
  }),
  'engagement.openDemo': call({
    input: z.object({ language: Language }).strict(),
    output: EngagementSummary,
    errors: ['CANCELLED'],
    job: 'demo',
  }),
  'engagement.current': call({ input: empty, output: EngagementSummary.nullable(), errors: [] }),
  'engagement.close': call({ input: empty, output: z.null(), errors: [] }),
  'engagement.update': call({
    input: EngagementPatch.strict(),
    output: EngagementSummary,
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'engagement.encryption': call({ input: empty, output: EncryptionStatus, errors: ['NO_ENGAGEMENT_OPEN'] }),
  'engagement.encrypt': call({
    input: z.object({ passphrase: NewPassphrase, remember: z.boolean().default(false) }).strict(),
    output: EngagementSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'CONFLICT', 'FILE_IN_USE', 'FILE_NOT_WRITABLE'],
  }),
  'engagement.decrypt': call({
    input: z.object({ current: Passphrase }).strict(),
    output: EngagementSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'CONFLICT', 'WRONG_PASSPHRASE', 'FILE_IN_USE', 'FILE_NOT_WRITABLE'],
  }),
  'engagement.changePassphrase': call({
    input: z.object({ current: Passphrase, passphrase: NewPassphrase, remember: z.boolean().default(false) }).strict(),
    output: EngagementSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'CONFLICT', 'WRONG_PASSPHRASE', 'FILE_IN_USE', 'FILE_NOT_WRITABLE'],
  }),
  'engagement.forgetPassphrase': call({ input: empty, output: z.null(), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'engagement.recent': call({ input: empty, output: z.array(RecentEngagement), errors: [] }),
  'engagement.forgetRecent': call({
    input: z.object({ path: FilePath }).strict(),
    output: z.null(),
    errors: [],
    file: { field: 'path', access: 'recent' },
  }),
} as const

import { z } from 'zod'
import { call } from './call'
import { FilePath, NewPassphrase, OPEN_ERRORS, Passphrase } from './engagement'
import { Group } from '../domain/groups'

export const MERGE_CONFLICT_KINDS = ['bothChanged', 'deletedHere', 'deletedThere', 'sameName', 'orphan'] as const

/** One conflict as the consultant settles it: what it is, and how the two files differ on it. */
export const MergeConflictView = z.object({
  /** How a decision names it. */
  id: z.string(),
  table: z.string(),
  kind: z.enum(MERGE_CONFLICT_KINDS),
  /** The row as a person knows it: its code, name, key or words. */
  label: z.string(),
  differences: z.array(z.object({ column: z.string(), here: z.string(), there: z.string() })),
  /** Whether choosing a side settles it (a name taken twice or a row on something deleted must be settled in a file). */
  settleable: z.boolean(),
})
export type MergeConflictView = z.infer<typeof MergeConflictView>

const Counts = z.object({ added: z.number().int(), updated: z.number().int(), deleted: z.number().int() })

export const MergePreview = z.object({
  /** Names the file previewed, for the merge that follows. */
  mergeId: z.string(),
  file: z.string(),
  /** When the two files last held the same rows; null when nothing says. */
  base: z.string().nullable(),
  tables: z.record(z.string(), Counts),
  conflicts: z.array(MergeConflictView),
})
export type MergePreview = z.infer<typeof MergePreview>

/** Which documents a coding package holds. */
export const PackageSelection = z.union([
  z.object({ respondents: z.array(z.string().trim().min(1).max(32)).min(1).max(10_000) }).strict(),
  z.object({ group: Group }).strict(),
  z
    .object({
      sample: z.number().gt(0).max(1),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31),
    })
    .strict(),
])

export const mergeApi = {
  /** Where to write a coding package for a colleague. */
  'files.choosePackagePath': call({
    input: z.object({ suggestedName: z.string().max(200) }).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['merge.writePackage'],
  }),
  /**
   * A coding package for blind double coding, written at `path` from the open engagement (which it
   * does not change). An encrypted engagement's package is encrypted under its passphrase, given
   * again, or under a passphrase of the package's own (which may encrypt a plain engagement's too).
   */
  'merge.writePackage': call({
    input: z
      .object({
        path: FilePath,
        coder: z.string().trim().min(1).max(120),
        selection: PackageSelection,
        passphrase: Passphrase.optional(),
        /** A passphrase of the package's own, for the colleague, instead of the engagement's. */
        packagePassphrase: NewPassphrase.optional(),
      })
      .strict(),
    output: z.object({ path: FilePath, coder: z.string(), documents: z.number().int(), respondents: z.number().int() }),
    errors: [
      'NO_ENGAGEMENT_OPEN',
      'FILE_EXISTS',
      'FILE_MISSING',
      'FILE_NOT_WRITABLE',
      'NOT_FOUND',
      'ENCRYPTED',
      'WRONG_PASSPHRASE',
    ],
    file: { field: 'path', access: 'write' },
  }),
  /** A colleague's engagement file to merge into the open one. */
  'files.chooseMergeSource': call({
    input: z.object({}).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['merge.preview'],
  }),
  /** What merging that file would add, update, delete, and the conflicts; writes nothing. */
  'merge.preview': call({
    input: z.object({ path: FilePath, passphrase: Passphrase.optional() }).strict(),
    output: MergePreview,
    errors: ['NO_ENGAGEMENT_OPEN', ...OPEN_ERRORS, 'CONFLICT'],
    file: { field: 'path', access: 'read' },
  }),
  /**
   * Merges the file previewed, each conflict taking the side chosen for it: one transaction after
   * a backup. CONFLICT when a conflict is left (nothing is written then).
   */
  'merge.apply': call({
    input: z
      .object({
        mergeId: z.string().max(100),
        decisions: z.array(z.object({ id: z.string().max(2000), side: z.enum(['target', 'source']) })).max(100_000),
      })
      .strict(),
    output: z.object({ tables: z.record(z.string(), Counts) }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'CONFLICT', 'CANCELLED'],
    job: 'merge',
  }),
} as const

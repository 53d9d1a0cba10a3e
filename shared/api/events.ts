import { z } from 'zod'
import type { EventName } from './names'

/** The kinds of long job; the UI names each in the user's language. */
export const JOB_KINDS = [
  'demo',
  'import',
  'respondents',
  'transcript',
  'codebookImport',
  'codebookExport',
  'autocode',
  'diagnosis',
  'report',
  'excerptsExport',
  'qdpxExport',
  'qdpxImport',
  'merge',
] as const
export type JobKind = (typeof JOB_KINDS)[number]

/** The jobs that only read: cancelled, they are answered at once, without waiting for the core to stop. */
export const READ_ONLY_JOBS: readonly JobKind[] = ['diagnosis']

/** Progress of a long job (imports, exports, reports, the demo); `finished` once it ended, however. */
export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.enum(JOB_KINDS),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  finished: z.boolean(),
  /** On the finished event: the user cancelled it, and it stopped having changed nothing. */
  cancelled: z.boolean().optional(),
})
export type JobProgress = z.infer<typeof JobProgress>

/** The application menu's own commands (File menu), which the window carries out. */
export const MENU_COMMANDS = ['mergeFile', 'codingPackage'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const events = {
  'job.progress': JobProgress,
  /** The window is closing or the app quitting: write what is pending, then call app.flushed. */
  'app.flushRequested': z.object({}),
  /** A command chosen in the application menu. */
  'menu.command': z.object({ command: z.enum(MENU_COMMANDS) }),
} as const satisfies { [K in EventName]: z.ZodType }

export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>

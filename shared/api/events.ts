import { z } from 'zod'
import type { EventName } from './names'

/** Progress of a long job (imports, exports, reports, the demo). */
export const JobProgress = z.object({
  jobId: z.string(),
  label: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  finished: z.boolean(),
})
export type JobProgress = z.infer<typeof JobProgress>

export const events = {
  'job.progress': JobProgress,
} as const satisfies { [K in EventName]: z.ZodType }

export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>

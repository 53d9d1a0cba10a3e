import { z } from 'zod'
import { Id } from './ids'

/** A quote the interviewer marked as key during the interview: a span of an answer, with its words. */
export const KeyVerbatim = z.object({
  id: Id,
  documentId: Id,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  createdAt: z.string(),
})
export type KeyVerbatim = z.infer<typeof KeyVerbatim>

import { z } from 'zod'
import { Offset } from './ids'

/**
 * One speaker turn of a transcript: the [start, end) span of the document's text that holds its
 * words (UTF-16 code units), who spoke (null when the file does not say) and when, in
 * milliseconds from the start of the recording (null when the file has no times).
 */
export const TranscriptTurn = z.object({
  start: Offset,
  end: Offset,
  speaker: z.string().nullable(),
  atMs: z.number().int().nonnegative().nullable(),
  untilMs: z.number().int().nonnegative().nullable(),
  /** Said by the interviewer (the speaker chosen as such when the file was imported). */
  byInterviewer: z.boolean(),
})
export type TranscriptTurn = z.infer<typeof TranscriptTurn>

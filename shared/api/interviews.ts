import { z } from 'zod'
import { call } from './call'
import { Interview, ClosedValue } from '../domain/interview'

const InterviewId = z.object({ interviewId: z.uuid() }).strict()

/** A closed answer as the live screen sends it: item keys, as many as a question can hold. */
const ItemKeys = z.array(z.string().min(1).max(200)).max(200)
const ClosedValueInput = z.union([
  z.object({ kind: z.literal('scale'), value: z.number().int().min(0).max(10) }),
  z.object({ kind: z.literal('choice'), ticked: ItemKeys, ranked: ItemKeys }),
  z.object({ kind: z.literal('ranking'), order: ItemKeys }),
])

/** Everything the live-interview screen needs to resume where it stopped. */
export const LiveInterview = z.object({
  interview: Interview,
  answers: z.record(z.string(), z.string()),
  closed: z.record(z.string(), ClosedValue),
})
export type LiveInterview = z.infer<typeof LiveInterview>

export const interviewsApi = {
  'interviews.start': call({
    input: z.object({ respondentId: z.uuid() }).strict(),
    output: Interview,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'interviews.live': call({ input: InterviewId, output: LiveInterview, errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'] }),
  'interviews.consent': call({ input: InterviewId, output: Interview, errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'] }),
  /** The whole text of an answer as typed; durable when it returns. */
  'interviews.saveAnswer': call({
    input: z.object({ interviewId: z.uuid(), questionId: z.uuid(), text: z.string().max(1_000_000) }).strict(),
    output: z.object({ savedAt: z.iso.datetime() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'interviews.saveClosed': call({
    input: z.object({ interviewId: z.uuid(), questionId: z.uuid(), value: ClosedValueInput }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** The interviewer's free notes on the whole interview, as typed; durable when it returns. */
  'interviews.saveNotes': call({
    input: z.object({ interviewId: z.uuid(), notes: z.string().max(1_000_000) }).strict(),
    output: z.object({ savedAt: z.iso.datetime() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'interviews.finish': call({ input: InterviewId, output: Interview, errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'] }),
  /** Time spent in the interview's screen since the last call (at most a few hours at once). */
  'interviews.addTime': call({
    input: z
      .object({
        interviewId: z.uuid(),
        ms: z
          .number()
          .int()
          .min(0)
          .max(6 * 3_600_000),
      })
      .strict(),
    output: Interview,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** What discarding would take away; codings > 0 means it is refused. */
  'interviews.discardImpact': call({
    input: InterviewId,
    output: z.object({
      answers: z.number().int(),
      closedAnswers: z.number().int(),
      transcripts: z.number().int(),
      hasNotes: z.boolean(),
      codings: z.number().int(),
    }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** Deletes an interview and everything it holds; refused (CONFLICT) while its words are coded. */
  'interviews.discard': call({
    input: InterviewId,
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'CONFLICT'],
  }),
} as const

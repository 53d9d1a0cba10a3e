import { z } from 'zod'
import { call } from './call'
import { Coding } from '../domain/coding'

/** A span of a saved answer; start = end stands for the whole answer. */
const AnswerSpan = z.object({
  interviewId: z.uuid(),
  questionId: z.uuid(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
})

export const AnswerTags = z.record(
  z.string(),
  z.object({
    keyVerbatims: z.array(z.string()),
    codes: z.array(z.object({ key: z.string(), text: z.string() })),
  }),
)
export type AnswerTags = z.infer<typeof AnswerTags>

const ERRORS = ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_RANGE'] as const

/** Marks made during the interview, with a modifier key, on the words of an answer. */
export const liveTagsApi = {
  'interviews.toggleKeyVerbatim': call({
    input: AnswerSpan.strict(),
    output: z.object({ marked: z.boolean(), text: z.string() }),
    errors: ERRORS,
  }),
  'interviews.quickTag': call({
    input: AnswerSpan.extend({ codeId: z.uuid() }).strict(),
    output: Coding,
    errors: ERRORS,
  }),
  'interviews.tags': call({
    input: z.object({ interviewId: z.uuid() }).strict(),
    output: AnswerTags,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
} as const

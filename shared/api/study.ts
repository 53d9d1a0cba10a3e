import { z } from 'zod'
import { call } from './call'
import { Respondent, RespondentInput } from '../domain/respondent'
import { Guide } from '../domain/guide'
import { Codebook } from '../domain/codebook'
import { Interview } from '../domain/interview'

const empty = z.object({}).strict()

/** Respondent with what the lists show beside it. */
export const RespondentRow = Respondent.extend({
  interviews: z.number().int(),
  interviewsDone: z.number().int(),
})
export type RespondentRow = z.infer<typeof RespondentRow>

export const studyApi = {
  'respondents.list': call({ input: empty, output: z.array(RespondentRow), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'respondents.create': call({
    input: RespondentInput.strict(),
    output: Respondent,
    errors: ['NO_ENGAGEMENT_OPEN', 'CONFLICT'],
  }),
  /** The pseudonymous record and, kept apart, the real name (null: none known). */
  'respondents.update': call({
    input: z
      .object({
        respondentId: z.uuid(),
        respondent: RespondentInput.strict(),
        realName: z.string().trim().max(200).nullable(),
      })
      .strict(),
    output: Respondent,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  'respondents.realName': call({
    input: z.object({ respondentId: z.uuid() }).strict(),
    output: z.object({ realName: z.string().nullable() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'guides.list': call({ input: empty, output: z.array(Guide), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'codebook.get': call({ input: empty, output: Codebook, errors: ['NO_ENGAGEMENT_OPEN'] }),
  'interviews.list': call({ input: empty, output: z.array(Interview), errors: ['NO_ENGAGEMENT_OPEN'] }),
} as const

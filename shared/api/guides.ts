import { z } from 'zod'
import { call } from './call'
import { Bilingual, Group, Stance } from '../domain/groups'
import { Guide, Question, QuestionOptions, QuestionType } from '../domain/guide'
import { scaleAnswerable, scaleLabelsFit } from '../domain/question-form'

export const QuestionInput = z
  .object({
    text: Bilingual,
    probes: z.object({ fr: z.array(z.string().max(500)).max(20), en: z.array(z.string().max(500)).max(20) }),
    type: QuestionType,
    options: QuestionOptions,
    stance: Stance,
    target: Group.nullable(),
    expectedCodes: z.array(z.string().max(40)).max(40),
  })
  .superRefine((q, ctx) => {
    // A closed question the interviewer cannot answer would stop the live interview; refuse it here.
    const o = q.options
    if (q.type === 'scale' && !(o?.min !== undefined && o.max !== undefined && scaleAnswerable(o.min, o.max))) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'A scale goes from a smaller to a larger number between 0 and 10, with at most ten points.',
      })
    }
    const points = o?.min !== undefined && o.max !== undefined ? o.max - o.min + 1 : 0
    const fit = (l: { fr: string[]; en: string[] }) =>
      l.fr.length === l.en.length && scaleLabelsFit(l.fr.length, points)
    if (q.type === 'scale' && o?.labels && !fit(o.labels)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options', 'labels'],
        message: 'A scale has one label per point, two (its ends), or none.',
      })
    }
    if (q.type === 'choice' || q.type === 'ranking') {
      const keys = (o?.items ?? []).map((i) => i.key)
      if (keys.length < 2 || new Set(keys).size !== keys.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', 'items'],
          message: 'A choice or ranking needs at least two items, each with its own key.',
        })
      }
    }
    if (q.stance === 'ATTR' && !q.target) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'A question about another group names that group.' })
    }
  })
export type QuestionInput = z.infer<typeof QuestionInput>

const NOT = ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'] as const

export const guidesApi = {
  'guides.addQuestion': call({
    input: z.object({ guideId: z.uuid(), question: QuestionInput }).strict(),
    output: Question,
    errors: NOT,
  }),
  'guides.updateQuestion': call({
    input: z.object({ questionId: z.uuid(), question: QuestionInput }).strict(),
    output: Question,
    errors: NOT,
  }),
  'guides.removeQuestion': call({
    input: z.object({ questionId: z.uuid() }).strict(),
    output: z.null(),
    errors: [...NOT, 'CONFLICT'],
  }),
  'guides.moveQuestion': call({
    input: z.object({ guideId: z.uuid(), questionId: z.uuid(), by: z.union([z.literal(-1), z.literal(1)]) }).strict(),
    output: Guide,
    errors: NOT,
  }),
  'guides.reorder': call({
    input: z.object({ guideId: z.uuid(), questionIds: z.array(z.uuid()).max(500) }).strict(),
    output: Guide,
    errors: [...NOT, 'INVALID_INPUT'],
  }),
  'guides.duplicate': call({
    input: z.object({ guideId: z.uuid(), group: Group, name: Bilingual }).strict(),
    output: Guide,
    errors: NOT,
  }),
} as const

import { z } from 'zod'
import { Id } from './ids'
import { Bilingual, Group, Stance } from './groups'

export const QUESTION_TYPES = ['open', 'scale', 'choice', 'ranking'] as const
export const QuestionType = z.enum(QUESTION_TYPES)
export type QuestionType = z.infer<typeof QuestionType>

export const QuestionItem = z.object({ key: z.string().min(1), label: Bilingual })
export type QuestionItem = z.infer<typeof QuestionItem>

/** Options by question type: scale bounds and labels; choice or ranking items. */
export const QuestionOptions = z
  .object({
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    labels: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }).optional(),
    multiple: z.boolean().optional(),
    rankTop: z.number().int().positive().optional(),
    motiveCards: z.boolean().optional(),
    items: z.array(QuestionItem).optional(),
  })
  .nullable()
export type QuestionOptions = z.infer<typeof QuestionOptions>

export const Question = z.object({
  id: Id,
  guideId: Id,
  key: z.string().nullable(),
  position: z.number().int(),
  text: Bilingual,
  probes: z.object({ fr: z.array(z.string()), en: z.array(z.string()) }),
  type: QuestionType,
  options: QuestionOptions,
  stance: Stance,
  target: Group.nullable(),
  expectedCodes: z.array(z.string()),
})
export type Question = z.infer<typeof Question>

export const Guide = z.object({
  id: Id,
  key: z.string().nullable(),
  group: Group,
  name: Bilingual,
  intro: Bilingual,
  /** Read at the start of every interview: recording, anonymity, no right or wrong answers. */
  consent: Bilingual,
  position: z.number().int(),
  questions: z.array(Question),
})
export type Guide = z.infer<typeof Guide>

import { z } from 'zod'
import { Id, Timestamp, Day } from './ids'
import { Language } from './groups'

export const EngagementInfo = z.object({
  id: Id,
  client: z.string(),
  title: z.string(),
  language: Language,
  startDate: Day.nullable(),
  endDate: Day.nullable(),
  consultants: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type EngagementInfo = z.infer<typeof EngagementInfo>

export const EngagementPatch = z.object({
  client: z.string().trim().max(200).optional(),
  title: z.string().trim().max(300).optional(),
  language: Language.optional(),
  startDate: Day.nullable().optional(),
  endDate: Day.nullable().optional(),
  consultants: z.array(z.string().trim().min(1).max(120)).max(20).optional(),
})
export type EngagementPatch = z.infer<typeof EngagementPatch>

/** How many of each entity an engagement holds (CLI `info`, the home screen). */
export const EntityCounts = z.object({
  coders: z.number().int(),
  respondents: z.number().int(),
  variables: z.number().int(),
  guides: z.number().int(),
  questions: z.number().int(),
  interviews: z.number().int(),
  documents: z.number().int(),
  codeFamilies: z.number().int(),
  codes: z.number().int(),
  codings: z.number().int(),
  collectives: z.number().int(),
  memos: z.number().int(),
  closedAnswers: z.number().int(),
})
export type EntityCounts = z.infer<typeof EntityCounts>

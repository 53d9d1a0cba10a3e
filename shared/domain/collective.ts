import { z } from 'zod'
import { Id } from './ids'

/** The label the organisation gives a collective (method/DIAGNOSIS.md, section D). */
export const COLLECTIVE_LABELS = ['community', 'project', 'work_group', 'other'] as const
export const CollectiveLabel = z.enum(COLLECTIVE_LABELS)
export type CollectiveLabel = z.infer<typeof CollectiveLabel>

/** C1..C5: 1 community signal, 0 project or work-group signal, null not yet assessed. */
export const CriterionScore = z.union([z.literal(0), z.literal(1)]).nullable()

export const Collective = z.object({
  id: Id,
  name: z.string(),
  label: CollectiveLabel,
  criteria: z.tuple([CriterionScore, CriterionScore, CriterionScore, CriterionScore, CriterionScore]),
  notes: z.string(),
  evidenceCodingIds: z.array(Id),
})
export type Collective = z.infer<typeof Collective>

/** Which of C1..C5 (1-5) a linked excerpt bears on. */
export const CriterionNumber = z.number().int().min(1).max(5)
export type CriterionNumber = z.infer<typeof CriterionNumber>

/** A collective's name as the respondents say it: what the cards show and suggestions look for. */
export const CollectiveName = z.string().trim().min(1).max(120)

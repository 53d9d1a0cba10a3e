import { z } from 'zod'
import { Day, Id } from '../ids'
import { Group } from '../groups'

/** One line of the campaign plan: how many interviews of a group, where, when. */
export const CampaignTarget = z.object({
  id: Id,
  group: Group,
  unit: z.string().nullable(),
  site: z.string().nullable(),
  quota: z.number().int().nonnegative(),
  plannedFrom: Day.nullable(),
  plannedTo: Day.nullable(),
  place: z.string().nullable(),
})
export type CampaignTarget = z.infer<typeof CampaignTarget>

export const CampaignTargetInput = CampaignTarget.omit({ id: true }).extend({
  unit: z.string().trim().max(120).nullable(),
  site: z.string().trim().max(120).nullable(),
  place: z.string().trim().max(200).nullable(),
  quota: z.number().int().min(0).max(10_000),
})
export type CampaignTargetInput = z.infer<typeof CampaignTargetInput>

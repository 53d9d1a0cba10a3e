import { z } from 'zod'
import { call } from './call'
import { CampaignTarget, CampaignTargetInput } from '../domain/campaign/campaign'
import { Group } from '../domain/groups'

export const CampaignView = z.object({
  targets: z.array(CampaignTarget),
  byTarget: z.array(
    z.object({
      targetId: z.string(),
      quota: z.number(),
      done: z.number(),
      inProgress: z.number(),
      missing: z.number(),
    }),
  ),
  byGroup: z.array(
    z.object({
      group: Group,
      planned: z.number(),
      done: z.number(),
      inProgress: z.number(),
      missing: z.number(),
      floor: z.number(),
    }),
  ),
  warnings: z.array(
    z.object({ group: Group, done: z.number(), floor: z.number(), need: z.enum(['groupFigures', 'perceptionGap']) }),
  ),
  /** Each group's evidence floor (respondents its figures need). */
  floors: z.record(Group, z.number()),
})
export type CampaignView = z.infer<typeof CampaignView>

export const campaignApi = {
  'campaign.get': call({ input: z.object({}).strict(), output: CampaignView, errors: ['NO_ENGAGEMENT_OPEN'] }),
  'campaign.saveTarget': call({
    input: z.object({ id: z.uuid().nullable(), target: CampaignTargetInput }).strict(),
    output: CampaignTarget,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'campaign.removeTarget': call({
    input: z.object({ id: z.uuid() }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
} as const

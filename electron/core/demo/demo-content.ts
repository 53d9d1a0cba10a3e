import { z } from 'zod'
import engagementSource from '../../../resources/demo/engagement.json'
import answersSource from '../../../resources/demo/answers.json'
import { Bilingual, Group, Stance, Valence } from '../../../shared/domain/groups'
import { CollectiveLabel } from '../../../shared/domain/collective'
import { VariableType } from '../../../shared/domain/respondent'

/** The fictional client study of resources/demo/, checked on load. */
export const DemoEngagement = z.object({
  client: Bilingual,
  title: Bilingual,
  consultants: z.array(z.string()).min(1),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  units: z.array(z.object({ key: z.string(), fr: z.string(), en: z.string() })),
  sites: z.array(z.string()),
  variables: z.array(
    z.object({ key: z.string(), name: Bilingual, type: VariableType, options: z.array(z.string()).optional() }),
  ),
  respondents: z.array(
    z.object({
      code: z.string(),
      group: Group,
      unit: z.string().nullable(),
      site: z.string().nullable(),
      role: Bilingual,
      realName: z.string(),
      variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      profile: z.string(),
    }),
  ),
  collectives: z.array(
    z.object({
      name: Bilingual,
      label: CollectiveLabel,
      criteria: z.array(z.union([z.literal(0), z.literal(1)])).length(5),
      mentionedBy: z.array(z.string()),
      note: Bilingual,
    }),
  ),
  motiveCards: z.record(z.string(), z.record(z.string(), z.number().min(0).max(1))),
  /** The interviews the second consultant coded again, blind, and what the team settled. */
  doubleCoding: z.object({
    respondents: z.array(z.string()).min(1),
    seed: z.number().int(),
    /** A code the second coder read as another, on that share of its codings. */
    confusions: z.array(z.object({ key: z.string(), as: z.string(), share: z.number().min(0).max(1) })),
    /** The share of codings the second coder did not make (outside the answers settled by consensus). */
    missed: z.number().min(0).max(1),
    consensus: z.object({ codes: z.array(z.string()), reasons: z.record(z.string(), Bilingual) }),
  }),
})
export type DemoEngagement = z.infer<typeof DemoEngagement>

export const DemoFragment = z.object({
  id: z.string(),
  profiles: z.array(z.string()),
  fr: z.string(),
  en: z.string(),
  codes: z.array(
    z.object({
      key: z.string(),
      stance: Stance,
      target: Group.nullable(),
      valence: Valence,
      intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
      flags: z.array(z.string()).optional(),
      quote: Bilingual,
    }),
  ),
})
export type DemoFragment = z.infer<typeof DemoFragment>
export const DemoAnswers = z.record(z.string(), z.array(DemoFragment))
export type DemoAnswers = z.infer<typeof DemoAnswers>

export const demoEngagement = (): DemoEngagement => DemoEngagement.parse(engagementSource)
export const demoAnswers = (): DemoAnswers => DemoAnswers.parse(answersSource)

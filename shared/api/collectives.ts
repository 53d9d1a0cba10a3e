import { z } from 'zod'
import { call } from './call'
import { Id, Offset } from '../domain/ids'
import { Group, Valence } from '../domain/groups'
import { Collective, CollectiveLabel, CollectiveName, CriterionNumber, CriterionScore } from '../domain/collective'

const empty = z.object({}).strict()

/** A coding as the collective cards show it: its words, who said them, under which code. */
export const CollectiveExcerpt = z.object({
  codingId: Id,
  documentId: Id,
  start: Offset,
  end: Offset,
  text: z.string(),
  codeKey: z.string(),
  valence: Valence,
  respondentId: Id.nullable(),
  respondentCode: z.string().nullable(),
  group: Group.nullable(),
})
export type CollectiveExcerpt = z.infer<typeof CollectiveExcerpt>

/** A linked excerpt, with the criterion it bears on (null: the collective in general). */
export const CollectiveEvidence = CollectiveExcerpt.extend({ criterion: CriterionNumber.nullable() })
export type CollectiveEvidence = z.infer<typeof CollectiveEvidence>

/** What the diagnosis makes of the card: the same score, band and mislabel as its section D. */
export const CollectiveVerdict = z.object({
  score: z.number().int().nullable(),
  band: z.enum(['genuineCommunity', 'hybrid', 'projectGroup']).nullable(),
  mislabel: z.enum(['projectGroupInDisguise', 'communityCalledProject']).nullable(),
})
export type CollectiveVerdict = z.infer<typeof CollectiveVerdict>

export const CollectiveCard = Collective.omit({ evidenceCodingIds: true }).extend({
  /** Distinct respondents among the linked excerpts: how many people named it. */
  respondents: z.number().int(),
  verdict: CollectiveVerdict,
  evidence: z.array(CollectiveEvidence),
})
export type CollectiveCard = z.infer<typeof CollectiveCard>

/** A coding that could be linked, with a little of what was said around it. */
export const EvidenceCandidate = CollectiveExcerpt.extend({ before: z.string(), after: z.string() })
export type EvidenceCandidate = z.infer<typeof EvidenceCandidate>

const ofCollective = { collectiveId: Id }
const Notes = z.string().max(20_000)

export const collectivesApi = {
  'collectives.list': call({ input: empty, output: z.array(CollectiveCard), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'collectives.create': call({
    input: z.object({ name: CollectiveName, label: CollectiveLabel.default('community') }).strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'CONFLICT'],
  }),
  /** Renames, relabels or annotates; a name another collective has is refused. */
  'collectives.update': call({
    input: z
      .object({
        ...ofCollective,
        patch: z.object({ name: CollectiveName, label: CollectiveLabel, notes: Notes }).partial().strict(),
      })
      .strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  'collectives.setCriterion': call({
    input: z.object({ ...ofCollective, criterion: CriterionNumber, value: CriterionScore }).strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** Deletes the card and its evidence links; the codings stay. */
  'collectives.remove': call({
    input: z.object(ofCollective).strict(),
    output: z.object({ unlinked: z.number().int() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'collectives.linkEvidence': call({
    input: z.object({ ...ofCollective, codingId: Id, criterion: CriterionNumber.nullable().default(null) }).strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  'collectives.setEvidenceCriterion': call({
    input: z.object({ ...ofCollective, codingId: Id, criterion: CriterionNumber.nullable() }).strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'collectives.unlinkEvidence': call({
    input: z.object({ ...ofCollective, codingId: Id }).strict(),
    output: CollectiveCard,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** Codings of the COL family whose words, or the words around them, name the collective. */
  'collectives.suggestions': call({
    input: z.object(ofCollective).strict(),
    output: z.array(EvidenceCandidate),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** Any coding whose words hold every word of the query, case and accents aside. */
  'collectives.searchCodings': call({
    input: z.object({ ...ofCollective, query: z.string().max(200) }).strict(),
    output: z.array(EvidenceCandidate),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
} as const

export type CollectivesApiName = keyof typeof collectivesApi

import type { Group, Valence } from '../groups'
import type { Excerpt } from './corpus'

/** Where a figure's evidence is: a span of a respondent's document. */
export interface ExcerptRef {
  documentId: string
  start: number
  end: number
  respondentId: string
}
/** One ref object per excerpt, shared by every list that cites it (read-only, like the whole diagnosis). */
export const refOf = (x: Excerpt): ExcerptRef =>
  (x.ref ??= { documentId: x.documentId, start: x.start, end: x.end, respondentId: x.respondentId })

export type PragmatismBand = 'pragmatic' | 'mixed' | 'relational'
export type PragmatismLabel = PragmatismBand | 'insufficientEvidence'
export type GapBand = 'aligned' | 'notable' | 'major'
export type GapDirection = 'overestimate' | 'blindSpot'
export type IdealismBand = 'idealist' | 'leaningIdealist' | 'aligned' | 'instrumentalBlindSpot'
export type CollectivesBand = 'clear' | 'blurred' | 'projectGroupsInDisguise'
export type CopBand = 'genuineCommunity' | 'hybrid' | 'projectGroup'
export type ExecutionBand = 'declarative' | 'emerging' | 'operational'
export type AttentionBand = 'low' | 'moderate' | 'high'
export type EnablerBand = 'barrier' | 'neutral' | 'enabler'
export type ReliabilityMark = 'unreliable' | 'tentative'

export interface GroupFloor {
  n: number
  floor: number
  /** Under the floor with at least one respondent: figures are indicative and R0 fires. */
  under: boolean
}

export interface RespondentPragmatism {
  respondentId: string
  group: Group
  pragmatic: number
  relational: number
  pi: number | null
  valid: boolean
  band: PragmatismBand | null
  evidence: ExcerptRef[]
}

export interface GroupPragmatism {
  label: PragmatismLabel | null
  median: number | null
  valid: number
  n: number
  distribution: { pragmatic: number; mixed: number; relational: number; insufficientEvidence: number }
  indicative: boolean
}

/** One perception gap: what the group expressed against what leaders attributed to it. */
export interface GapFigures {
  expressed: number | null
  hypothesis: number | null
  gap: number | null
  band: GapBand | null
  direction: GapDirection | null
  indicative: boolean
  /** Respondents of the group who expressed it, of how many; leaders who attributed it, of how many. */
  expressedCount: number
  expressedN: number
  hypothesisCount: number
  hypothesisN: number
}

export interface ThemeGap extends GapFigures {
  code: string
  supporting: ExcerptRef[]
  attributed: ExcerptRef[]
}

export interface MotiveCardGap extends GapFigures {
  item: string
}

export interface IdealismIndex {
  value: number | null
  band: IdealismBand | null
  indicative: boolean
  relationalMean: number | null
  pragmaticMean: number | null
  pairs: { group: Group; code: string; gap: number; role: 'pragmatic' | 'relational' }[]
}

export interface CollectiveScore {
  id: string
  name: string
  label: string
  score: number | null
  band: CopBand | null
  /** projectGroupInDisguise: labelled community, score <= 1; communityCalledProject: labelled project or work group, score >= 4. */
  mislabel: 'projectGroupInDisguise' | 'communityCalledProject' | null
  evidenceCodingIds: string[]
  /** The linked excerpts that feed the diagnosis (the others are not among its codings). */
  evidence: ExcerptRef[]
}

export interface Collectives {
  misRate: number | null
  band: CollectivesBand | null
  communityLabelled: number
  inDisguise: number
  items: CollectiveScore[]
}

export interface ExecutionMaturity {
  value: number | null
  band: ExecutionBand | null
  indicative: boolean
  points: { useCases: 0 | 1; governance: 0 | 1; sayDo: 0 | 1; leadership: 0 | 1 }
  evidence: ExcerptRef[]
}

/**
 * Codings a measure that reads valence left out because of theirs (an overload excerpt coded
 * neutral counts for nothing in the attention load), by code key and valence, so that a zero can
 * say why.
 */
export interface IgnoredCodings {
  code: string
  valence: Valence
  count: number
}

export interface AttentionLoad {
  value: number | null
  band: AttentionBand | null
  count: number
  n: number
  indicative: boolean
  evidence: ExcerptRef[]
  /** ATT.* codings of the measure's people not of valence "-". */
  ignored: IgnoredCodings[]
}

export interface Enabler {
  code: string
  nv: number | null
  band: EnablerBand | null
  indicative: boolean
  positive: number
  negative: number
  supporting: ExcerptRef[]
  counter: ExcerptRef[]
  /** Neutral codings among the excerpts NV reads: neither for nor against. */
  ignored: IgnoredCodings[]
}

export interface CustomerValue {
  gaps: ThemeGap[]
  idealismIndex: number | null
  band: IdealismBand | null
  indicative: boolean
}

/** A measure's band as the consultant set it, beside the computed one. */
export interface OverriddenMeasure {
  measure: string
  band: string
  computedBand: string | null
  reason: string
}

export interface Recommendation {
  id: string
  triggered: boolean
  evaluable: boolean
  /** The values the trigger read, by name (null where there was no data). */
  values: Record<string, number | boolean | string | null>
  supporting: ExcerptRef[]
  counterCount: number
  /** Measures the trigger reads whose band the consultant set: the trigger still reads the values. */
  overridden?: OverriddenMeasure[]
  /** The consultant's decision on it, when there is one. */
  decision?: {
    decision: 'accepted' | 'edited' | 'rejected'
    text: { fr: string | null; en: string | null }
    reason: string
  }
}

export interface Diagnosis {
  floors: Record<Group, GroupFloor>
  hypothesisFloor: GroupFloor
  pragmatism: { byGroup: Record<Group, GroupPragmatism>; respondents: RespondentPragmatism[] }
  perceptionGap: Record<Group, ThemeGap[]>
  motiveCards: Record<Group, MotiveCardGap[]>
  idealismIndex: IdealismIndex
  collectives: Collectives
  executionMaturity: ExecutionMaturity
  attentionLoad: AttentionLoad
  enablers: Record<'RH.POL' | 'MGT.PRA', Enabler>
  customerValue: CustomerValue
  /** Marks from the reliability gate, by measure, where two or more coders coded the same material. */
  reliability: Record<string, ReliabilityMark>
  recommendations: Recommendation[]
}

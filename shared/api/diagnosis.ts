import { z } from 'zod'
import { call } from './call'
import { Group } from '../domain/groups'
import type { Diagnosis } from '../domain/diagnosis/result'
import type { QuadrantPoint } from '../domain/diagnosis/quadrant'
import type { Cooccurrence } from '../domain/diagnosis/cooccurrence'

/** The engine's output is typed by the engine; the check here is on its shape's top level. */
const DiagnosisShape = z.custom<Diagnosis>(
  (v) => typeof v === 'object' && v !== null && 'recommendations' in v && 'perceptionGap' in v && 'pragmatism' in v,
  { message: 'not a diagnosis' },
)

export const DashboardCode = z.object({
  key: z.string(),
  name: z.object({ fr: z.string(), en: z.string() }),
  color: z.string(),
  family: z.string().nullable(),
  /** A need the indices read (a pragmatism or idealism role) or a customer expectation. */
  need: z.boolean(),
})

export const Dashboard = z.object({
  diagnosis: DiagnosisShape,
  codes: z.array(DashboardCode),
  quadrant: z.custom<QuadrantPoint[]>((v) => Array.isArray(v)),
  cooccurrence: z.custom<Cooccurrence>((v) => typeof v === 'object' && v !== null && 'counts' in v),
  /** The engagement's thresholds, resolved (defaults where it changed nothing). */
  settings: z.record(z.string(), z.unknown()),
})
export type Dashboard = z.infer<typeof Dashboard>

export const ExcerptRefInput = z
  .object({
    documentId: z.uuid(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((r) => r.start < r.end, { message: 'An excerpt ends after it starts.', path: ['end'] })

export const EvidenceExcerpt = z.object({
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  before: z.string(),
  after: z.string(),
  respondentCode: z.string(),
  group: Group,
  role: z.string().nullable(),
  question: z.object({ fr: z.string(), en: z.string() }).nullable(),
})
export type EvidenceExcerpt = z.infer<typeof EvidenceExcerpt>

const Reason = z.string().trim().min(1).max(2000)

export const diagnosisApi = {
  'diagnosis.dashboard': call({
    input: z.object({}).strict(),
    output: Dashboard,
    errors: ['NO_ENGAGEMENT_OPEN', 'CANCELLED'],
    job: 'diagnosis',
  }),
  'diagnosis.excerpts': call({
    input: z.object({ refs: z.array(ExcerptRefInput).max(500) }).strict(),
    output: z.array(EvidenceExcerpt),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'diagnosis.updateSettings': call({
    input: z.object({ diagnosis: z.record(z.string(), z.unknown()) }).strict(),
    output: z.record(z.string(), z.unknown()),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'diagnosis.overrideBand': call({
    input: z.object({ measure: z.string().min(1).max(120), band: z.string().min(1).max(60), reason: Reason }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'diagnosis.clearBandOverride': call({
    input: z.object({ measure: z.string().min(1).max(120) }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'diagnosis.decideRecommendation': call({
    input: z
      .object({
        recommendation: z.string().regex(/^R\d{1,2}$/),
        decision: z.enum(['accepted', 'edited', 'rejected']),
        text: z
          .object({ fr: z.string().max(4000).nullable(), en: z.string().max(4000).nullable() })
          .default({ fr: null, en: null }),
        reason: Reason,
      })
      .strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'diagnosis.clearRecommendationDecision': call({
    input: z.object({ recommendation: z.string().regex(/^R\d{1,2}$/) }).strict(),
    output: z.null(),
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
} as const

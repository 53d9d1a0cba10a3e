import { z } from 'zod'
import { call } from './call'
import { Id, Offset } from '../domain/ids'
import { ALPHA_BANDS, KAPPA_BANDS } from '../domain/agreement/agreement-bands'
import { DEFAULT_THETA } from '../domain/agreement/segment-matching'

/** The overlap a pair of segments needs to count as matched (Jaccard, characters). */
const Theta = z.number().min(0.05).max(1).default(DEFAULT_THETA)
const Share = z.number().min(0).max(1)

export const SegmentSummary = z.object({
  matched: z.number().int(),
  aOnly: z.number().int(),
  bOnly: z.number().int(),
  agreement: Share,
  holsti: Share,
})
export type SegmentSummary = z.infer<typeof SegmentSummary>

export const CodeAgreementRow = z.object({
  key: z.string(),
  codeId: Id.nullable(),
  name: z.object({ fr: z.string(), en: z.string() }),
  color: z.string(),
  units: z.number().int(),
  applied: z.number().int(),
  alpha: z.number().nullable(),
  alphaBand: z.enum(ALPHA_BANDS).nullable(),
  kappa: z.number().nullable(),
  kappaBand: z.enum(KAPPA_BANDS).nullable(),
  /** Two coders only: Scott's pi, Brennan-Prediger, and kappa over characters (NVivo's way). */
  pi: z.number().nullable(),
  brennanPrediger: z.number().nullable(),
  characterKappa: z.number().nullable(),
  percent: Share,
  /** Segment matching, when exactly two coders are compared. */
  segments: SegmentSummary.nullable(),
})
export type CodeAgreementRow = z.infer<typeof CodeAgreementRow>

export const AgreementReport = z.object({
  /** The coders compared: those asked for who share at least one document with another. */
  coders: z.array(z.object({ id: Id, name: z.string(), initials: z.string() })),
  /** Documents coded by at least two of them. */
  units: z.number().int(),
  codes: z.array(CodeAgreementRow),
  meanAlpha: z.number().nullable(),
  theta: z.number(),
  /** Each coder against the consensus set, where disagreements were settled: the mean alpha over those answers. */
  againstConsensus: z.array(
    z.object({ coderId: Id, name: z.string(), units: z.number().int(), meanAlpha: z.number().nullable() }),
  ),
})
export type AgreementReport = z.infer<typeof AgreementReport>

export const DisagreementExcerpt = z.object({
  codingId: Id,
  documentId: Id,
  documentTitle: z.string(),
  respondentCode: z.string().nullable(),
  start: Offset,
  end: Offset,
  text: z.string(),
  /** What the consensus made of it: kept in it, left out, or nothing yet. */
  consensus: z.enum(['kept', 'left']).nullable(),
  /** Why, as the team wrote it with the decision. */
  consensusReason: z.string().nullable(),
})
export type DisagreementExcerpt = z.infer<typeof DisagreementExcerpt>

export const agreementApi = {
  'agreement.report': call({
    input: z
      .object({
        /** Empty: every person coder. */
        coderIds: z.array(Id).max(50).default([]),
        theta: Theta,
      })
      .strict(),
    output: AgreementReport,
    errors: ['NO_ENGAGEMENT_OPEN'],
  }),
  'agreement.disagreements': call({
    input: z
      .object({
        codeKey: z.string().min(1).max(120),
        coderA: Id,
        coderB: Id,
        theta: Theta,
      })
      .strict()
      .refine((i) => i.coderA !== i.coderB, { message: 'Choose two different coders.', path: ['coderB'] }),
    /** Excerpts one coder coded with the code and the other did not (no segment of theirs overlaps enough). */
    output: z.object({ onlyA: z.array(DisagreementExcerpt), onlyB: z.array(DisagreementExcerpt) }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /**
   * Settles a disagreement: the excerpt kept in the consensus set the diagnosis reads, or left out,
   * with a reason; the coders' own codings stay. Undoable with the coding actions.
   */
  'agreement.decide': call({
    input: z
      .object({
        codingId: Id,
        decision: z.enum(['keep', 'leave']),
        reason: z.string().trim().min(1).max(2000),
        coderA: Id,
        coderB: Id,
        theta: Theta,
      })
      .strict(),
    output: z.object({ added: z.number().int() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
} as const

export type AgreementApiName = keyof typeof agreementApi

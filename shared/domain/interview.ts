import { z } from 'zod'
import { Id, Timestamp } from './ids'

export const INTERVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'abandoned', 'imported'] as const
export const InterviewStatus = z.enum(INTERVIEW_STATUSES)
export type InterviewStatus = z.infer<typeof InterviewStatus>

export const Interview = z.object({
  id: Id,
  respondentId: Id,
  guideId: Id.nullable(),
  interviewerId: Id.nullable(),
  place: z.string().nullable(),
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  status: InterviewStatus,
  consentGiven: z.boolean(),
  consentAt: Timestamp.nullable(),
  notes: z.string(),
  /** Milliseconds spent in the interview's screen (0 for one never timed so: imported, older). */
  activeMs: z.number().int().nonnegative(),
})
export type Interview = z.infer<typeof Interview>

export const DOCUMENT_KINDS = ['answer', 'transcript', 'notes', 'imported'] as const
export const DocumentKind = z.enum(DOCUMENT_KINDS)
export type DocumentKind = z.infer<typeof DocumentKind>

export const TextDocument = z.object({
  id: Id,
  interviewId: Id.nullable(),
  respondentId: Id.nullable(),
  questionId: Id.nullable(),
  kind: DocumentKind,
  title: z.string(),
  text: z.string(),
  source: z.string().nullable(),
  updatedAt: Timestamp,
})
export type TextDocument = z.infer<typeof TextDocument>

/** A scale value, the ticked items of a choice (ranked first when rankTop applies), or an order. */
export const ClosedValue = z.union([
  z.object({ kind: z.literal('scale'), value: z.number().int() }),
  z.object({ kind: z.literal('choice'), ticked: z.array(z.string()), ranked: z.array(z.string()) }),
  z.object({ kind: z.literal('ranking'), order: z.array(z.string()) }),
])
export type ClosedValue = z.infer<typeof ClosedValue>

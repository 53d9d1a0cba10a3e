import { z } from 'zod'
import { call } from './call'
import { Id, Offset } from '../domain/ids'
import { Group, Stance, Valence } from '../domain/groups'
import { CODING_FLAGS, Coder, Coding, CodingFlag, Intensity } from '../domain/coding'
import { DocumentKind, TextDocument } from '../domain/interview'
import { HistoryLabel, HistoryState } from '../domain/coding-history'

const empty = z.object({}).strict()

/** A document as the coding navigator lists it: whose words, to which question, how coded. */
export const CodingDocumentRow = z.object({
  id: Id,
  kind: DocumentKind,
  title: z.string(),
  interviewId: Id.nullable(),
  respondentId: Id.nullable(),
  respondentCode: z.string().nullable(),
  group: Group.nullable(),
  codings: z.number().int(),
  needsReview: z.number().int(),
})
export type CodingDocumentRow = z.infer<typeof CodingDocumentRow>

/** The attributes a new coding takes unless the consultant says otherwise: the question's stance. */
export const CodingDefaults = z.object({ stance: Stance, target: Group.nullable() })
export type CodingDefaults = z.infer<typeof CodingDefaults>

export const CodingDocument = z.object({
  document: TextDocument,
  codings: z.array(Coding),
  defaults: CodingDefaults,
  respondentCode: z.string().nullable(),
  group: Group.nullable(),
  /** The passages the interviewer marked as key verbatims on site (★). */
  keyVerbatims: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
})
export type CodingDocument = z.infer<typeof CodingDocument>

export const CodingAttributes = z.object({
  stance: Stance,
  target: Group.nullable(),
  valence: Valence,
  intensity: Intensity.nullable(),
  memo: z.string().max(20_000),
  /** Ticks the coding's code allows (activityOnly on EXE.GOV). */
  flags: z.array(CodingFlag).max(CODING_FLAGS.length),
})
export type CodingAttributes = z.infer<typeof CodingAttributes>

export const ApplyCodingInput = z
  .object({
    documentId: Id,
    start: Offset,
    end: Offset,
    codeIds: z.array(Id).min(1).max(50),
    /** Who codes; the engagement's first consultant when not given. */
    coderId: Id.optional(),
  })
  .extend(CodingAttributes.partial().shape)
  .strict()
export type ApplyCodingInput = z.infer<typeof ApplyCodingInput>

export const TextChangeInput = z.object({ from: Offset, to: Offset, insert: z.string().max(1_000_000) }).strict()

/** What an undo or a redo did, so that the UI can say it and refresh what it touched. */
export const HistoryStep = z.object({ label: HistoryLabel, documentIds: z.array(Id), state: HistoryState })
export type HistoryStep = z.infer<typeof HistoryStep>

export const codingApi = {
  'coding.documents': call({ input: empty, output: z.array(CodingDocumentRow), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'coding.document': call({
    input: z.object({ documentId: Id }).strict(),
    output: CodingDocument,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'coding.coders': call({ input: empty, output: z.array(Coder), errors: ['NO_ENGAGEMENT_OPEN'] }),
  'codings.apply': call({
    input: ApplyCodingInput,
    output: z.array(Coding),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_RANGE'],
  }),
  'codings.update': call({
    input: z.object({ codingId: Id, patch: CodingAttributes.partial().strict() }).strict(),
    output: Coding,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** One change to several codings at once, undone in one step. */
  'codings.updateMany': call({
    input: z.object({ codingIds: z.array(Id).min(1).max(1000), patch: CodingAttributes.partial().strict() }).strict(),
    output: z.array(Coding),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  /** A coding flagged after its words were deleted, confirmed where it now lies. */
  'codings.clearReview': call({
    input: z.object({ codingId: Id }).strict(),
    output: Coding,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'codings.remove': call({
    input: z.object({ codingIds: z.array(Id).min(1).max(10_000) }).strict(),
    output: z.object({ removed: z.number().int() }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND'],
  }),
  'codings.undo': call({
    input: empty,
    output: HistoryStep,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOTHING_TO_UNDO', 'CANNOT_UNDO'],
  }),
  'codings.redo': call({
    input: empty,
    output: HistoryStep,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOTHING_TO_UNDO', 'CANNOT_UNDO'],
  }),
  'codings.history': call({ input: empty, output: HistoryState, errors: ['NO_ENGAGEMENT_OPEN'] }),
  /** Edits a document's text; its codings, turns, picks and key verbatims follow their words. */
  'documents.edit': call({
    input: z.object({ documentId: Id, changes: z.array(TextChangeInput).min(1).max(10_000) }).strict(),
    output: z.object({ document: TextDocument, codings: z.array(Coding), flagged: z.array(Id) }),
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_RANGE'],
  }),
} as const

export type CodingApiName = keyof typeof codingApi

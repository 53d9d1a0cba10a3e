import { z } from 'zod'
import { call } from './call'
import { Id, Offset } from '../domain/ids'
import { Group } from '../domain/groups'
import { DocumentKind } from '../domain/interview'
import { HistoryState } from '../domain/coding-history'
import { CODING_SCOPES } from '../domain/search/coding-scope'
import { MAX_PATTERN_LENGTH } from '../domain/search/autocode-pattern'

/** A span of a document shown in a result list: its words in context, and whose words they are. */
export const SpanRow = z.object({
  documentId: Id,
  start: Offset,
  end: Offset,
  before: z.string(),
  text: z.string(),
  after: z.string(),
  /** The words that matched inside a longer span (a sentence, an answer), as offsets into `text`. */
  marks: z.array(z.object({ start: Offset, end: Offset })),
  title: z.string(),
  kind: DocumentKind,
  respondentCode: z.string().nullable(),
  group: Group.nullable(),
})
export type SpanRow = z.infer<typeof SpanRow>

const Query = z.string().trim().min(1).max(500)
const CodingTarget = { codeIds: z.array(Id).min(1).max(50), coderId: Id.optional() }

export const SearchInput = z.object({ query: Query, limit: z.number().int().min(1).max(2_000).optional() }).strict()
export type SearchInput = z.infer<typeof SearchInput>

export const SearchResult = z.object({
  /** Every hit in the engagement, even those not listed. */
  total: z.number().int(),
  documents: z.number().int(),
  hits: z.array(SpanRow),
})
export type SearchResult = z.infer<typeof SearchResult>

export const CodeHitsInput = z.object({ query: Query, scope: z.enum(['match', 'sentence']), ...CodingTarget }).strict()
export type CodeHitsInput = z.infer<typeof CodeHitsInput>

/** What a bulk coding wrote: spans coded, codings made, and the undo state it leaves. */
export const BulkCodingResult = z.object({ spans: z.number().int(), codings: z.number().int(), history: HistoryState })
export type BulkCodingResult = z.infer<typeof BulkCodingResult>

export const AutocodeMatcher = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keywords'), keywords: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }),
  z.object({ kind: z.literal('regex'), pattern: z.string().min(1).max(MAX_PATTERN_LENGTH) }),
])
export type AutocodeMatcher = z.infer<typeof AutocodeMatcher>

/** Which documents autocoding reads: all of them unless restricted to a question, a group or a kind. */
export const AutocodeRestriction = z.object({
  questionId: Id.nullable().optional(),
  group: Group.nullable().optional(),
  documentKind: DocumentKind.nullable().optional(),
})
export type AutocodeRestriction = z.infer<typeof AutocodeRestriction>

export const AutocodeInput = z
  .object({ matcher: AutocodeMatcher, scope: z.enum(CODING_SCOPES), ...AutocodeRestriction.shape, ...CodingTarget })
  .strict()
export type AutocodeInput = z.infer<typeof AutocodeInput>

export const AutocodePreview = z.object({
  /** Spans that would be coded. */
  total: z.number().int(),
  documents: z.number().int(),
  /** Spans left out because the coder already coded them with every chosen code. */
  skipped: z.number().int(),
  /** The pattern matched too often: only the first matches per document and in all were kept. */
  capped: z.boolean(),
  /** The first spans, for the consultant to read before applying. */
  spans: z.array(SpanRow),
})
export type AutocodePreview = z.infer<typeof AutocodePreview>

const searchErrors = ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_INPUT'] as const

export const searchApi = {
  /** Full-text search of every answer and transcript, accent- and case-insensitive. */
  'search.run': call({ input: SearchInput, output: SearchResult, errors: ['NO_ENGAGEMENT_OPEN'] }),
  /** Codes every hit of a search (or the sentence around it) as one undoable action. */
  'search.codeHits': call({
    input: CodeHitsInput,
    output: BulkCodingResult,
    errors: [...searchErrors, 'CANCELLED'],
    job: 'autocode',
  }),
  /** What autocoding would code, without writing anything. */
  'autocode.preview': call({ input: AutocodeInput, output: AutocodePreview, errors: searchErrors }),
  /** Codes what the preview showed, as one undoable action. */
  'autocode.apply': call({
    input: AutocodeInput,
    output: BulkCodingResult,
    errors: [...searchErrors, 'CANCELLED'],
    job: 'autocode',
  }),
} as const

export type SearchApiName = keyof typeof searchApi

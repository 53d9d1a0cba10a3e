import { z } from 'zod'
import { call } from './call'
import { FilePath } from './engagement'
import { Id } from '../domain/ids'
import { enTranscripts } from '../i18n/en-transcripts'

/** The files a transcript can be imported from, by extension (for the file dialog's filter too). */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.docx', '.vtt', '.srt'] as const
export type TranscriptExtension = (typeof TRANSCRIPT_EXTENSIONS)[number]

type TranscriptMessageKey = keyof typeof enTranscripts
/** The message keys a problem of a transcript import may carry (the catalogues' `transcript.problem.*`). */
export type TranscriptProblemKey = Extract<TranscriptMessageKey, `transcript.problem.${string}`>

export const TRANSCRIPT_PROBLEM_KEYS = (Object.keys(enTranscripts) as TranscriptMessageKey[]).filter(
  (k): k is TranscriptProblemKey => k.startsWith('transcript.problem.'),
)

/**
 * One reason a transcript file was refused, to be shown as translate(lang, key, params); params
 * always carry `file`, and `line` when the problem is on one line. `line` is 1-based in the text of
 * a .txt, .vtt or .srt file; null when the problem is the file as a whole (and always for a .docx).
 */
export const TranscriptProblem = z.object({
  line: z.number().int().positive().nullable(),
  key: z.custom<TranscriptProblemKey>(
    (v) => typeof v === 'string' && (TRANSCRIPT_PROBLEM_KEYS as string[]).includes(v),
  ),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})
export type TranscriptProblem = z.infer<typeof TranscriptProblem>

/** What a transcript import wrote: one document of kind 'transcript' and its speaker turns. */
export const TranscriptImportSummary = z.object({
  documentId: Id,
  turns: z.number().int().positive(),
  /** The speakers named in the file, in the order they first speak (empty when it names none). */
  speakers: z.array(z.string()),
  /** The length of the document's text, in UTF-16 code units. */
  characters: z.number().int().positive(),
})
export type TranscriptImportSummary = z.infer<typeof TranscriptImportSummary>

/** A transcript file as read, before it is imported: who speaks, and who is likely the interviewer. */
export const TranscriptPreview = z.object({
  file: z.string(),
  turns: z.number().int().nonnegative(),
  speakers: z.array(
    z.object({ label: z.string(), turns: z.number().int(), words: z.number().int(), first: z.string() }),
  ),
  /** The speaker most likely to be the interviewer (the one asking the questions); null when unsure. */
  interviewer: z.string().nullable(),
})
export type TranscriptPreview = z.infer<typeof TranscriptPreview>

export const transcriptsApi = {
  /** A .txt, .docx, .vtt or .srt transcript of an interview done elsewhere. */
  'files.chooseTranscript': call({
    input: z.object({}).strict(),
    output: z.object({ path: FilePath }),
    errors: ['CANCELLED'],
    shell: true,
    grantsTo: ['transcripts.preview', 'transcripts.import'],
  }),
  /** Reads a transcript file and says who speaks in it; writes nothing. */
  'transcripts.preview': call({
    input: z.object({ path: FilePath }).strict(),
    output: TranscriptPreview,
    errors: ['INVALID_INPUT', 'FILE_MISSING'],
    file: { field: 'path', access: 'read' },
  }),
  /**
   * Imports a transcript of an interview done elsewhere (.txt, .docx, Teams or Zoom .vtt, .srt)
   * as the interview's document, with its speaker turns, all or nothing.
   * INVALID_INPUT: the file was refused; its message lists the problems (in English).
   */
  'transcripts.import': call({
    input: z
      .object({ interviewId: z.uuid(), path: FilePath, interviewer: z.string().max(200).nullable().optional() })
      .strict(),
    output: TranscriptImportSummary,
    errors: ['NO_ENGAGEMENT_OPEN', 'NOT_FOUND', 'INVALID_INPUT', 'FILE_MISSING', 'CANCELLED'],
    file: { field: 'path', access: 'read' },
    job: 'transcript',
  }),
} as const

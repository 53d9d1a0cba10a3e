import type { TranscriptImportSummary } from '../../../shared/api/transcripts'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { composeTranscript } from './compose-transcript'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { readTranscript, type TranscriptFile } from './read-transcript'

export { readTranscript } from './read-transcript'

export interface TranscriptImportOptions {
  /** The document's title; the file's name by default. */
  title?: string
  /** The speaker who is the interviewer: their turns are marked as such. */
  interviewer?: string | null
  /** Reading the file is the long part: the user may cancel until the one transaction that writes. */
  job?: JobControl
}

/**
 * Imports the transcript of an interview done elsewhere (.txt, .docx, Teams or Zoom .vtt, .srt)
 * as a document of that interview, kind 'transcript', with its speaker turns. A file that is
 * refused writes nothing (INVALID_INPUT, its problems translatable); a missing interview is
 * NOT_FOUND, a missing file FILE_MISSING.
 */
export function importTranscript(
  e: Engagement,
  interviewId: string,
  filePath: string,
  options: TranscriptImportOptions = {},
): TranscriptImportSummary {
  requireInterview(e, interviewId)
  const job = options.job ?? UNWATCHED_JOB
  job.step(0, 2)
  const transcript = readTranscript(filePath)
  job.step(1, 2)
  return writeTranscript(e, interviewId, transcript, options)
}

/**
 * Writes a transcript already read, in one transaction: the document, its turns, and the
 * interview marked imported if it was only planned (one completed on site stays completed).
 */
function writeTranscript(
  e: Engagement,
  interviewId: string,
  transcript: TranscriptFile,
  options: TranscriptImportOptions = {},
): TranscriptImportSummary {
  const interviewer = options.interviewer ?? null
  if (interviewer !== null && !transcript.turns.some((t) => t.speaker === interviewer))
    fail('INVALID_INPUT', `No speaker "${interviewer}" in ${transcript.file}; choose one of the file's speakers.`)
  const { text, turns } = composeTranscript(transcript.turns, interviewer)
  const documentId = e.transaction(() => {
    const interview = requireInterview(e, interviewId)
    const doc = e.documents.add({
      kind: 'transcript',
      interviewId,
      respondentId: interview.respondentId,
      title: options.title?.trim() || transcript.file,
      text,
      source: transcript.file,
    })
    e.transcriptTurns.set(doc.id, turns)
    if (interview.status === 'planned') e.interviews.update(interviewId, { status: 'imported' })
    return doc.id
  })
  return { documentId, turns: turns.length, speakers: speakersOf(turns), characters: text.length }
}

function requireInterview(e: Engagement, interviewId: string) {
  return (
    e.interviews.get(interviewId) ??
    fail(
      'NOT_FOUND',
      `There is no interview ${interviewId} in this engagement. Choose one of its interviews, then import the transcript again.`,
      interviewId,
    )
  )
}

/** The named speakers, in the order they first speak. */
function speakersOf(turns: readonly { speaker: string | null }[]): string[] {
  return [...new Set(turns.flatMap((t) => (t.speaker === null ? [] : [t.speaker])))]
}

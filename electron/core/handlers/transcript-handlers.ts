import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { importTranscript } from '../transcripts/import-transcript'
import { previewTranscript } from '../transcripts/preview-transcript'

type TranscriptHandlers = Pick<CoreHandlers, 'transcripts.import' | 'transcripts.preview'>

export function transcriptHandlers(session: Session): TranscriptHandlers {
  return {
    'transcripts.import': ({ interviewId, path, interviewer }, ctx) =>
      importTranscript(session.requireEngagement(), interviewId, path, {
        interviewer: interviewer ?? null,
        job: jobOf(ctx),
      }),
    'transcripts.preview': ({ path }) => previewTranscript(path),
  }
}

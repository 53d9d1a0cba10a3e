import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { importTranscript } from '../transcripts/import-transcript'
import { previewTranscript } from '../transcripts/preview-transcript'

type TranscriptHandlers = Pick<CoreHandlers, 'transcripts.import' | 'transcripts.preview'>

export function transcriptHandlers(session: Session): TranscriptHandlers {
  return {
    'transcripts.import': ({ interviewId, path, interviewer }) =>
      importTranscript(session.requireEngagement(), interviewId, path, { interviewer: interviewer ?? null }),
    'transcripts.preview': ({ path }) => previewTranscript(path),
  }
}

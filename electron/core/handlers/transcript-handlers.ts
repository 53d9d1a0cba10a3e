import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { importTranscript } from '../transcripts/import-transcript'

type TranscriptHandlers = Pick<CoreHandlers, 'transcripts.import'>

export function transcriptHandlers(session: Session): TranscriptHandlers {
  return {
    'transcripts.import': ({ interviewId, path }) => importTranscript(session.requireEngagement(), interviewId, path),
  }
}

import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import {
  addInterviewTime,
  finishInterview,
  recordConsent,
  saveAnswer,
  saveClosedAnswer,
  saveInterviewNotes,
  startInterview,
} from '../interviews/live-interview'
import { liveInterview } from '../interviews/live-interview-view'
import { discardImpact, discardInterview } from '../interviews/discard-interview'
import { answerTags, quickTag, toggleKeyVerbatim } from '../interviews/live-tags'

type InterviewHandlers = Pick<
  CoreHandlers,
  | 'interviews.start'
  | 'interviews.live'
  | 'interviews.consent'
  | 'interviews.saveAnswer'
  | 'interviews.saveClosed'
  | 'interviews.finish'
  | 'interviews.addTime'
  | 'interviews.discardImpact'
  | 'interviews.discard'
  | 'interviews.saveNotes'
  | 'interviews.toggleKeyVerbatim'
  | 'interviews.quickTag'
  | 'interviews.tags'
>

export function interviewHandlers(session: Session): InterviewHandlers {
  const e = () => session.requireEngagement()
  return {
    'interviews.start': ({ respondentId }) => startInterview(e(), respondentId),
    'interviews.toggleKeyVerbatim': (span) => toggleKeyVerbatim(e(), span),
    'interviews.quickTag': (span) => quickTag(e(), span),
    'interviews.tags': ({ interviewId }) => answerTags(e(), interviewId),
    'interviews.live': ({ interviewId }) => liveInterview(e(), interviewId),
    'interviews.consent': ({ interviewId }) => recordConsent(e(), interviewId),
    'interviews.saveAnswer': ({ interviewId, questionId, text }) => ({
      savedAt: saveAnswer(e(), interviewId, questionId, text).savedAt,
    }),
    'interviews.saveClosed': (a) => (saveClosedAnswer(e(), a.interviewId, a.questionId, a.value), null),
    'interviews.saveNotes': ({ interviewId, notes }) => saveInterviewNotes(e(), interviewId, notes),
    'interviews.finish': ({ interviewId }) => finishInterview(e(), interviewId),
    'interviews.addTime': ({ interviewId, ms }) => addInterviewTime(e(), interviewId, ms),
    'interviews.discardImpact': ({ interviewId }) => discardImpact(e(), interviewId),
    'interviews.discard': ({ interviewId }) => (discardInterview(e(), interviewId), null),
  }
}

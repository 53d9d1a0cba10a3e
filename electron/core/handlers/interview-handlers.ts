import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { fail } from '../../../shared/domain/terrain-error'
import { now } from '../db/clock'
import {
  finishInterview,
  recordConsent,
  saveAnswer,
  saveClosedAnswer,
  startInterview,
} from '../interviews/live-interview'
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
  const interview = (id: string) => e().interviews.get(id) ?? fail('NOT_FOUND', `No interview ${id}.`)
  return {
    'interviews.start': ({ respondentId }) => startInterview(e(), respondentId),
    'interviews.toggleKeyVerbatim': (span) => toggleKeyVerbatim(e(), span),
    'interviews.quickTag': (span) => quickTag(e(), span),
    'interviews.tags': ({ interviewId }) => answerTags(e(), interviewId),
    'interviews.live': ({ interviewId }) => {
      const i = interview(interviewId)
      const docs = e()
        .documents.ofInterview(interviewId)
        .filter((d) => d.kind === 'answer' && d.questionId)
      const questions = i.guideId ? (e().guides.get(i.guideId)?.questions ?? []) : []
      const closed = Object.fromEntries(
        questions.flatMap((q) => {
          const v = e().closedAnswers.get(interviewId, q.id)
          return v ? [[q.id, v]] : []
        }),
      )
      return { interview: i, answers: Object.fromEntries(docs.map((d) => [d.questionId!, d.text])), closed }
    },
    'interviews.consent': ({ interviewId }) => (interview(interviewId), recordConsent(e(), interviewId)),
    'interviews.saveAnswer': ({ interviewId, questionId, text }) => ({
      savedAt: saveAnswer(e(), interviewId, questionId, text).savedAt,
    }),
    'interviews.saveClosed': ({ interviewId, questionId, value }) => {
      interview(interviewId)
      saveClosedAnswer(e(), interviewId, questionId, value)
      return null
    },
    'interviews.saveNotes': ({ interviewId, notes }) => {
      e().transaction(() => e().interviews.update(interviewId, { notes }))
      return { savedAt: now() }
    },
    'interviews.finish': ({ interviewId }) => (interview(interviewId), finishInterview(e(), interviewId)),
    'interviews.addTime': ({ interviewId, ms }) => e().transaction(() => e().interviews.addActiveTime(interviewId, ms)),
    'interviews.discardImpact': ({ interviewId }) => discardImpact(e(), interviewId),
    'interviews.discard': ({ interviewId }) => (discardInterview(e(), interviewId), null),
  }
}

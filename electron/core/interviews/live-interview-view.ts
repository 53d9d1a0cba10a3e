import type { LiveInterview } from '../../../shared/api/interviews'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'

/** What the live interview screen shows: the interview, its answers so far, by question. */
export function liveInterview(e: Engagement, interviewId: string): LiveInterview {
  const interview = e.interviews.get(interviewId) ?? fail('NOT_FOUND', `No interview ${interviewId}.`)
  const docs = e.documents.ofInterview(interviewId).filter((d) => d.kind === 'answer' && d.questionId)
  const questions = interview.guideId ? (e.guides.get(interview.guideId)?.questions ?? []) : []
  const closed = Object.fromEntries(
    questions.flatMap((q) => {
      const v = e.closedAnswers.get(interviewId, q.id)
      return v ? [[q.id, v]] : []
    }),
  )
  return { interview, answers: Object.fromEntries(docs.map((d) => [d.questionId!, d.text])), closed }
}

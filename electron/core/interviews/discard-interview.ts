import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'

/** What discarding an interview would take away, and whether it may be discarded at all. */
export interface DiscardImpact {
  answers: number
  closedAnswers: number
  transcripts: number
  hasNotes: boolean
  /** Codings on its texts: while there are any the interview is kept (they are analysis work). */
  codings: number
}

export function discardImpact(e: Engagement, interviewId: string): DiscardImpact {
  const interview = e.interviews.get(interviewId) ?? fail('NOT_FOUND', `No interview ${interviewId}.`)
  const documents = e.documents.ofInterview(interviewId)
  const questions = interview.guideId ? (e.guides.get(interview.guideId)?.questions ?? []) : []
  return {
    answers: documents.filter((d) => d.kind === 'answer' && d.text.trim() !== '').length,
    closedAnswers: questions.filter((q) => e.closedAnswers.get(interviewId, q.id) !== undefined).length,
    transcripts: documents.filter((d) => d.kind === 'transcript').length,
    hasNotes: interview.notes.trim() !== '',
    codings: documents.reduce((n, d) => n + e.codings.ofDocument(d.id).length, 0),
  }
}

/**
 * Deletes an interview started by mistake or abandoned: its answers, closed answers, notes and
 * transcripts, in one transaction. Refused while any of its words are coded: the consultant
 * removes those codings first, knowingly.
 */
export function discardInterview(e: Engagement, interviewId: string): void {
  e.transaction(() => {
    const impact = discardImpact(e, interviewId)
    if (impact.codings > 0)
      fail(
        'CONFLICT',
        `This interview holds ${impact.codings} coding(s); remove them in the Coding tab before discarding it.`,
      )
    // Key verbatims, transcript turns and report picks go with their documents (ON DELETE CASCADE),
    // closed answers with the interview.
    for (const d of e.documents.ofInterview(interviewId)) e.documents.remove(d.id)
    e.interviews.remove(interviewId)
  })
}

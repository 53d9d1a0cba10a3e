import { fail } from '../../../shared/domain/terrain-error'
import { changeBetween } from '../../../shared/domain/text-diff'
import type { ClosedValue } from '../../../shared/domain/interview'
import type { Bilingual, Language } from '../../../shared/domain/groups'
import type { Engagement } from '../engagement/engagement'
import { editDocument } from '../coding/edit-document'
import { now } from '../db/clock'

/** Starts an interview of a respondent with a guide (the one of their group unless told). */
export function startInterview(
  e: Engagement,
  respondentId: string,
  options: { guideId?: string; place?: string | null; interviewerId?: string | null } = {},
) {
  return e.transaction(() => {
    const r = e.respondents.get(respondentId) ?? fail('NOT_FOUND', `No respondent ${respondentId}.`)
    const guideId = options.guideId ?? e.guides.list().find((g) => g.group === r.group)?.id ?? null
    return e.interviews.add({
      respondentId,
      guideId,
      place: options.place ?? r.site,
      interviewerId: options.interviewerId ?? null,
      status: 'in_progress',
      startedAt: now(),
    })
  })
}

/** The respondent agreed (recording, anonymity): the consent is kept with its time. */
export function recordConsent(e: Engagement, interviewId: string) {
  return e.transaction(() => e.interviews.update(interviewId, { consentGiven: true, consentAt: now() }))
}

/**
 * Saves the whole text of an answer as typed: one transaction, durable when it returns
 * (synchronous=FULL). The change from the stored text is applied as an edit, so that codings
 * already on the answer stay on their words.
 */
export function saveAnswer(
  e: Engagement,
  interviewId: string,
  questionId: string,
  text: string,
): { documentId: string; savedAt: string } {
  return e.transaction(() => {
    const interview = e.interviews.get(interviewId) ?? fail('NOT_FOUND', `No interview ${interviewId}.`)
    const existing = e.documents.answerOf(interviewId, questionId)
    if (!existing) {
      const q = e.guides.question(questionId) ?? fail('NOT_FOUND', `No question ${questionId}.`)
      const doc = e.documents.add({
        kind: 'answer',
        interviewId,
        respondentId: interview.respondentId,
        questionId,
        title: answerTitle(q.text, e.info.get().language),
        text,
      })
      return { documentId: doc.id, savedAt: doc.updatedAt }
    }
    const change = changeBetween(existing.text, text)
    if (change) editDocument(e, existing.id, [change])
    return { documentId: existing.id, savedAt: e.documents.get(existing.id)!.updatedAt }
  })
}

/**
 * An answer is titled by its question in the engagement's language (the other one where that is
 * empty). The file keeps the title in step when the question is reworded or the language changes
 * (migration 0009's triggers), so that every reader of documents.title reads the current wording.
 */
function answerTitle(text: Bilingual, lang: Language): string {
  const other: Language = lang === 'fr' ? 'en' : 'fr'
  return text[lang] || text[other]
}

export function saveClosedAnswer(e: Engagement, interviewId: string, questionId: string, value: ClosedValue): void {
  e.transaction(() => {
    if (!e.interviews.get(interviewId)) fail('NOT_FOUND', `No interview ${interviewId}.`)
    const q = e.guides.question(questionId) ?? fail('NOT_FOUND', `No question ${questionId}.`)
    if (q.type !== value.kind)
      fail('INVALID_INPUT', `This is a question of type ${q.type}: it takes no ${value.kind} answer.`)
    const { min, max } = q.options ?? {}
    if (value.kind === 'scale' && min !== undefined && max !== undefined && (value.value < min || value.value > max))
      fail('INVALID_INPUT', `The answer to this scale goes from ${min} to ${max}, not ${value.value}.`)
    e.closedAnswers.set({ interviewId, questionId, value })
  })
}

/** The interview is over: completed, with its end time. */
export function finishInterview(e: Engagement, interviewId: string) {
  return e.transaction(() => e.interviews.update(interviewId, { status: 'completed', endedAt: now() }))
}

/** The interviewer's notes, saved as typed. */
export function saveInterviewNotes(e: Engagement, interviewId: string, notes: string): { savedAt: string } {
  e.transaction(() => e.interviews.update(interviewId, { notes }))
  return { savedAt: now() }
}

/** Time spent in the interview's screen, added as it passes. */
export function addInterviewTime(e: Engagement, interviewId: string, ms: number) {
  return e.transaction(() => e.interviews.addActiveTime(interviewId, ms))
}

import { fail } from '../../../shared/domain/terrain-error'
import { defaultCoderId } from '../coding/apply-coding'
import type { Engagement } from '../engagement/engagement'

export interface AnswerSpan {
  interviewId: string
  questionId: string
  /** Offsets in the saved answer; an empty span stands for the whole answer. */
  start: number
  end: number
}

/**
 * The answer document and the span to mark: the selection, or with none the whole answer
 * without its surrounding blanks. The caller saves the answer first, so offsets match its text.
 */
function answerSpan(e: Engagement, s: AnswerSpan) {
  const doc = e.documents.answerOf(s.interviewId, s.questionId)
  if (!doc || doc.text.trim() === '') fail('NOT_FOUND', 'This answer is empty: type the words first, then mark them.')
  if (s.start < 0 || s.end < s.start || s.end > doc.text.length) {
    fail('INVALID_RANGE', `The span ${s.start}-${s.end} is not inside the answer (${doc.text.length}).`)
  }
  if (s.start < s.end) return { doc, start: s.start, end: s.end }
  const start = doc.text.length - doc.text.trimStart().length
  return { doc, start, end: doc.text.trimEnd().length }
}

/** Marks a quote as key verbatim; marking the same words again takes the mark off. */
export function toggleKeyVerbatim(e: Engagement, s: AnswerSpan): { marked: boolean; text: string } {
  return e.transaction(() => {
    const { doc, start, end } = answerSpan(e, s)
    const existing = e.keyVerbatims.at(doc.id, { start, end })
    if (existing) {
      e.keyVerbatims.remove(existing.id)
      return { marked: false, text: existing.text }
    }
    return { marked: true, text: e.keyVerbatims.add(doc.id, { start, end }).text }
  })
}

/**
 * Codes the span with a code, as the interviewer heard it: by the interview's interviewer (or the
 * engagement's first coder), with the question's stance and target, so that an answer to "what do
 * managers want?" is coded ATTR about managers. The full span coding comes later, in the workbench.
 */
export function quickTag(e: Engagement, s: AnswerSpan & { codeId: string }) {
  return e.transaction(() => {
    const { doc, start, end } = answerSpan(e, s)
    const code = e.codebook.code(s.codeId) ?? fail('NOT_FOUND', `No code ${s.codeId}.`)
    const q = e.guides.question(s.questionId) ?? fail('NOT_FOUND', `No question ${s.questionId}.`)
    const already = e.codings.ofDocument(doc.id).find((c) => c.codeId === code.id && c.start === start && c.end === end)
    if (already) return already
    return e.codings.add({
      documentId: doc.id,
      start,
      end,
      codeId: code.id,
      coderId: interviewerCoder(e, s.interviewId),
      stance: q.stance,
      target: q.stance === 'ATTR' ? q.target : null,
      valence: code.defaultValence,
      intensity: null,
    })
  })
}

function interviewerCoder(e: Engagement, interviewId: string): string {
  const interview = e.interviews.get(interviewId) ?? fail('NOT_FOUND', `No interview ${interviewId}.`)
  return interview.interviewerId ?? defaultCoderId(e, 'live.interviewerCoder')
}

/** What was marked on the interview's answers, by question: key verbatims and quick tags. */
export function answerTags(e: Engagement, interviewId: string) {
  const byQuestion: Record<string, { keyVerbatims: string[]; codes: { key: string; text: string }[] }> = {}
  const interview = e.interviews.get(interviewId) ?? fail('NOT_FOUND', `No interview ${interviewId}.`)
  const questions = interview.guideId ? (e.guides.get(interview.guideId)?.questions ?? []) : []
  for (const q of questions) {
    const doc = e.documents.answerOf(interviewId, q.id)
    if (!doc) continue
    const keyVerbatims = e.keyVerbatims.ofDocument(doc.id).map((k) => k.text)
    const codes = e.codings.ofDocument(doc.id).map((c) => ({ key: e.codebook.code(c.codeId)!.key, text: c.text }))
    if (keyVerbatims.length || codes.length) byQuestion[q.id] = { keyVerbatims, codes }
  }
  return byQuestion
}

import { describe, expect, it } from 'vitest'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { answerTags, quickTag, toggleKeyVerbatim } from '../../electron/core/interviews/live-tags'
import { TerrainError } from '../../shared/domain/terrain-error'
import { tempEngagement } from '../helpers/temp-engagement'

function interviewOf(group: 'employee' | 'leadership') {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group })
  const interview = startInterview(e, r.id)
  const guide = e.guides.get(interview.guideId!)!
  return { e, interview, guide }
}

const codeOf = (e: ReturnType<typeof tempEngagement>, shortcut: string) =>
  e.codebook.get().codes.find((c) => c.shortcut === shortcut)!

describe('marks made during the interview', () => {
  it('marks the selection, or the whole answer without its blanks, as a key verbatim; again unmarks', () => {
    const { e, interview, guide } = interviewOf('employee')
    const q = guide.questions[0]!
    saveAnswer(e, interview.id, q.id, '  On cherche le bon fichier, vite.\n')
    const span = { interviewId: interview.id, questionId: q.id }
    expect(toggleKeyVerbatim(e, { ...span, start: 13, end: 27 })).toEqual({ marked: true, text: 'le bon fichier' })
    expect(toggleKeyVerbatim(e, { ...span, start: 0, end: 0 })).toEqual({
      marked: true,
      text: 'On cherche le bon fichier, vite.',
    })
    expect(answerTags(e, interview.id)[q.id]!.keyVerbatims).toEqual([
      'On cherche le bon fichier, vite.',
      'le bon fichier',
    ])
    expect(toggleKeyVerbatim(e, { ...span, start: 13, end: 27 })).toEqual({ marked: false, text: 'le bon fichier' })
    expect(answerTags(e, interview.id)[q.id]!.keyVerbatims).toEqual(['On cherche le bon fichier, vite.'])
  })

  it('keeps a mark on its words as the answer is typed on, and drops it when they are deleted', () => {
    const { e, interview, guide } = interviewOf('employee')
    const q = guide.questions[0]!
    saveAnswer(e, interview.id, q.id, 'le bon fichier, vite.')
    toggleKeyVerbatim(e, { interviewId: interview.id, questionId: q.id, start: 0, end: 14 })
    saveAnswer(e, interview.id, q.id, 'Surtout : le bon fichier, vite.')
    const doc = e.documents.answerOf(interview.id, q.id)!
    expect(e.keyVerbatims.ofDocument(doc.id)).toMatchObject([{ start: 10, end: 24, text: 'le bon fichier' }])
    saveAnswer(e, interview.id, q.id, 'Surtout : vite.')
    expect(e.keyVerbatims.ofDocument(doc.id)).toEqual([])
  })

  it('quick-tags with the code, by the interviewer, with the question’s stance and target', () => {
    const { e, interview, guide } = interviewOf('leadership')
    const attributed = guide.questions.find((q) => q.stance === 'ATTR' && q.type === 'open')!
    saveAnswer(e, interview.id, attributed.id, 'Ils veulent appartenir à une communauté.')
    const code = codeOf(e, '1')
    const coding = quickTag(e, {
      interviewId: interview.id,
      questionId: attributed.id,
      start: 0,
      end: 0,
      codeId: code.id,
    })
    expect(coding).toMatchObject({
      stance: 'ATTR',
      target: attributed.target,
      text: 'Ils veulent appartenir à une communauté.',
      valence: '0',
    })
    expect(e.coders.get(coding.coderId)!.name).toBe('Enquêteur')
    // The same tag twice is one coding; a second code on the same words is another.
    quickTag(e, { interviewId: interview.id, questionId: attributed.id, start: 0, end: 0, codeId: code.id })
    quickTag(e, { interviewId: interview.id, questionId: attributed.id, start: 0, end: 0, codeId: codeOf(e, '2').id })
    expect(answerTags(e, interview.id)[attributed.id]!.codes.map((c) => c.key)).toEqual([code.key, codeOf(e, '2').key])
    expect(e.coders.list()).toHaveLength(1)
  })

  it('refuses an empty answer or a span outside it, and writes nothing', () => {
    const { e, interview, guide } = interviewOf('employee')
    const [empty, short] = guide.questions as [(typeof guide.questions)[0], (typeof guide.questions)[0]]
    saveAnswer(e, interview.id, empty.id, '   ')
    saveAnswer(e, interview.id, short.id, 'Oui.')
    const code = codeOf(e, '1').id
    const attempts = [
      () => toggleKeyVerbatim(e, { interviewId: interview.id, questionId: empty.id, start: 0, end: 0 }),
      () => quickTag(e, { interviewId: interview.id, questionId: empty.id, start: 0, end: 0, codeId: code }),
      () => toggleKeyVerbatim(e, { interviewId: interview.id, questionId: short.id, start: 2, end: 9 }),
      () => quickTag(e, { interviewId: interview.id, questionId: short.id, start: 3, end: 1, codeId: code }),
    ]
    const codes = attempts.map((attempt) => {
      try {
        attempt()
        return 'accepted'
      } catch (err) {
        return err instanceof TerrainError ? err.code : String(err)
      }
    })
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'INVALID_RANGE', 'INVALID_RANGE'])
    expect(e.counts().codings).toBe(0)
    expect(e.db.prepare('SELECT count(*) AS n FROM key_verbatims').get()).toEqual({ n: 0 })
    expect(e.coders.list()).toEqual([])
  })
})

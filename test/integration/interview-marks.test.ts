import { describe, expect, it } from 'vitest'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { answerTags, quickTag, toggleKeyVerbatim } from '../../electron/core/interviews/live-tags'
import { tempEngagement } from '../helpers/temp-engagement'
import { refusalCode } from '../helpers/refusal-code'

const UNKNOWN = '00000000-0000-4000-8000-000000000000'
const ANSWER = 'On cherche le bon fichier.'

/** An employee's interview (by `interviewerId` if given) with its first question answered `ANSWER`. */
function answered(language: 'fr' | 'en' = 'fr', e = tempEngagement(language), interviewerId: string | null = null) {
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const interview = startInterview(e, r.id, { interviewerId })
  const [q, unanswered] = e.guides.get(interview.guideId!)!.questions
  saveAnswer(e, interview.id, q!.id, ANSWER)
  const at = (start: number, end: number) => ({ interviewId: interview.id, questionId: q!.id, start, end })
  const code = e.codebook.codeByKey('OUT.FIND')!
  return { e, interview, q: q!, unanswered: unanswered!, at, code }
}

const codeOf = refusalCode

describe('a span marked on an answer', () => {
  it('may run from the answer’s first to its last character', () => {
    const { e, at } = answered()
    expect(toggleKeyVerbatim(e, at(0, ANSWER.length))).toEqual({ marked: true, text: ANSWER })
  })

  it('is refused when it starts before the answer, ends before it starts or ends past the answer', () => {
    const { e, at, code } = answered()
    expect(() => toggleKeyVerbatim(e, at(-1, 3))).toThrow('The span -1-3 is not inside the answer (26).')
    expect(() => toggleKeyVerbatim(e, at(5, 4))).toThrow(
      expect.objectContaining({ code: 'INVALID_RANGE', message: 'The span 5-4 is not inside the answer (26).' }),
    )
    expect(codeOf(() => quickTag(e, { ...at(3, ANSWER.length + 1), codeId: code.id }))).toBe('INVALID_RANGE')
    expect(e.counts().codings).toBe(0)
  })

  it('is refused, with what to do, on a question not answered yet', () => {
    const { e, interview, unanswered } = answered()
    const span = { interviewId: interview.id, questionId: unanswered.id, start: 0, end: 0 }
    expect(() => toggleKeyVerbatim(e, span)).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'This answer is empty: type the words first, then mark them.',
      }),
    )
  })
})

describe('a quick tag', () => {
  it('is made by the interview’s interviewer when there is one', () => {
    const e = tempEngagement('fr')
    e.coders.add('Anne Martin')
    const marc = e.coders.add('Marc Petit')
    const { at, code } = answered('fr', e, marc.id)
    const tag = quickTag(e, { ...at(3, 10), codeId: code.id })
    expect(tag).toMatchObject({ coderId: marc.id, text: 'cherche', stance: 'SELF', target: null })
  })

  it('is made by the engagement’s first consultant when the interview names no interviewer', () => {
    const { e, at, code } = answered()
    const first = e.coders.add('Claire Dubois')
    e.coders.add('Marc Petit')
    expect(quickTag(e, { ...at(3, 10), codeId: code.id }).coderId).toBe(first.id)
    expect(e.coders.list()).toHaveLength(2)
  })

  it('is made by the first consultant the engagement names, before any coder exists', () => {
    const { e, at, code } = answered()
    e.info.update({ consultants: ['Antoine Soulier', 'Claire Dubois'] })
    const tag = quickTag(e, { ...at(3, 10), codeId: code.id })
    expect(e.coders.get(tag.coderId)).toMatchObject({ name: 'Antoine Soulier', kind: 'person' })
    // The next tag is by the same coder, not a second one.
    expect(quickTag(e, { ...at(0, 2), codeId: code.id }).coderId).toBe(tag.coderId)
    expect(e.coders.list().map((c) => c.name)).toEqual(['Antoine Soulier'])
  })

  it('is made by a new coder named in the engagement’s language when it has no consultant', () => {
    const { e, at, code } = answered('en')
    e.coders.add('Consensus', 'consensus')
    const tag = quickTag(e, { ...at(3, 10), codeId: code.id })
    expect(e.coders.get(tag.coderId)).toMatchObject({ name: 'Interviewer', kind: 'person' })
  })

  it('is one coding per code and span: the same code on other words is another coding', () => {
    const { e, at, code } = answered()
    const whole = quickTag(e, { ...at(0, 0), codeId: code.id })
    expect(quickTag(e, { ...at(0, 0), codeId: code.id }).id).toBe(whole.id)
    const starts = quickTag(e, { ...at(0, 10), codeId: code.id })
    const ends = quickTag(e, { ...at(3, ANSWER.length), codeId: code.id })
    expect(new Set([whole.id, starts.id, ends.id]).size).toBe(3)
    expect(e.codings.ofDocument(whole.documentId)).toHaveLength(3)
  })

  it('is refused for an unknown code, writing nothing', () => {
    const { e, at } = answered()
    expect(() => quickTag(e, { ...at(0, 0), codeId: UNKNOWN })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No code ${UNKNOWN}.` }),
    )
    expect(e.counts().codings).toBe(0)
    expect(e.coders.list()).toEqual([])
  })
})

describe('what was marked during an interview', () => {
  it('lists by question only the answers that carry a mark', () => {
    const { e, interview, q, unanswered, at, code } = answered()
    saveAnswer(e, interview.id, unanswered.id, 'Rien à signaler.')
    expect(answerTags(e, interview.id)).toEqual({})
    quickTag(e, { ...at(3, 10), codeId: code.id })
    expect(answerTags(e, interview.id)).toEqual({
      [q.id]: { keyVerbatims: [], codes: [{ key: 'OUT.FIND', text: 'cherche' }] },
    })
  })

  it('is nothing for an interview without a guide, and refused for an unknown interview', () => {
    const e = tempEngagement('fr')
    const r = e.respondents.add({ code: 'R01', group: 'other' })
    expect(answerTags(e, startInterview(e, r.id).id)).toEqual({})
    expect(() => answerTags(e, UNKNOWN)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No interview ${UNKNOWN}.` }),
    )
  })
})

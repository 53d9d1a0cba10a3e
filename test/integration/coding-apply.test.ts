import { describe, expect, it } from 'vitest'
import { applyCoding, applyCodingToSpans, defaultCoderId } from '../../electron/core/coding/apply-coding'
import { tempEngagement } from '../helpers/temp-engagement'
import { refusalCode } from '../helpers/refusal-code'

const UNKNOWN = '00000000-0000-4000-8000-000000000000'
const TEXT = 'Les managers veulent de la proximité.'

/** A manager's answer to a question about employees (ATTR employee), and one about themselves (SELF). */
function answers() {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group: 'manager' })
  const questions = e.guides.list().find((g) => g.group === 'manager')!.questions
  const attr = questions.find((q) => q.stance === 'ATTR' && q.type === 'open')!
  const self = questions.find((q) => q.stance === 'SELF' && q.type === 'open')!
  const aboutThem = e.documents.add({ kind: 'answer', respondentId: r.id, questionId: attr.id, text: TEXT })
  const aboutMe = e.documents.add({ kind: 'answer', respondentId: r.id, questionId: self.id, text: TEXT })
  const find = e.codebook.codeByKey('OUT.FIND')!
  return { e, aboutThem, aboutMe, find, target: attr.target }
}

const codeOf = refusalCode

describe('applying a code', () => {
  it('takes each document’s own question for stance and target when several spans are coded at once', () => {
    const { e, aboutThem, aboutMe, find, target } = answers()
    const spans = [aboutThem, aboutMe, aboutThem].map((d, i) => ({ documentId: d.id, start: i, end: i + 3 }))
    const made = applyCodingToSpans(e, spans, { codeIds: [find.id] }, 'autocode')
    expect(made.map((c) => [c.documentId, c.stance, c.target])).toEqual([
      [aboutThem.id, 'ATTR', target],
      [aboutMe.id, 'SELF', null],
      [aboutThem.id, 'ATTR', target],
    ])
    expect(e.history.state().undo).toMatchObject({ action: 'autocode', count: 3 })
  })

  it('keeps the attributes it is given over the question’s', () => {
    const { e, aboutThem, aboutMe, find } = answers()
    const given = { valence: '+', intensity: 3, memo: 'dit avec force' } as const
    const [c] = applyCoding(e, { documentId: aboutMe.id, start: 0, end: 3, codeIds: [find.id], ...given })
    expect(c).toMatchObject(given)
    const [attr] = applyCoding(e, { documentId: aboutMe.id, start: 4, end: 12, codeIds: [find.id], stance: 'ATTR' })
    expect(attr).toMatchObject({ stance: 'ATTR', target: null })
    const [leaders] = applyCoding(e, {
      documentId: aboutThem.id,
      start: 0,
      end: 3,
      codeIds: [find.id],
      target: 'leadership',
    })
    expect(leaders).toMatchObject({ stance: 'ATTR', target: 'leadership' })
    const [self] = applyCoding(e, { documentId: aboutThem.id, start: 4, end: 12, codeIds: [find.id], stance: 'SELF' })
    expect(self).toMatchObject({ stance: 'SELF', target: null })
  })

  it('defaults to a neutral valence, no intensity and no memo', () => {
    const { e, aboutMe, find } = answers()
    const [c] = applyCoding(e, { documentId: aboutMe.id, start: 0, end: 3, codeIds: [find.id] })
    expect(c).toMatchObject({ valence: '0', intensity: null, memo: '', text: 'Les' })
  })

  it('codes the same words again for another coder, not twice for the same one', () => {
    const { e, aboutMe, find } = answers()
    const claire = e.coders.add('Claire Dubois')
    const marc = e.coders.add('Marc Petit')
    const span = { documentId: aboutMe.id, start: 4, end: 12, codeIds: [find.id] }
    expect(applyCoding(e, { ...span, coderId: claire.id })).toHaveLength(1)
    expect(applyCoding(e, { ...span, coderId: claire.id })).toEqual([])
    expect(applyCoding(e, { ...span, coderId: marc.id })).toMatchObject([{ coderId: marc.id, text: 'managers' }])
  })

  it('accepts a span ending at the end of the text', () => {
    const { e, aboutMe, find } = answers()
    const [c] = applyCoding(e, { documentId: aboutMe.id, start: 0, end: TEXT.length, codeIds: [find.id] })
    expect(c!.text).toBe(TEXT)
  })

  it('refuses an empty span, an unknown document or coder, writing and recording nothing', () => {
    const { e, aboutMe, find } = answers()
    const input = { documentId: aboutMe.id, start: 4, end: 12, codeIds: [find.id] }
    expect(codeOf(() => applyCoding(e, { ...input, end: 4 }))).toBe('INVALID_RANGE')
    expect(() => applyCoding(e, { ...input, documentId: UNKNOWN })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No document ${UNKNOWN}.` }),
    )
    expect(() => applyCoding(e, { ...input, coderId: UNKNOWN })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No coder ${UNKNOWN}.` }),
    )
    expect(() => applyCoding(e, { ...input, codeIds: [UNKNOWN] })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No code ${UNKNOWN}.` }),
    )
    expect(() => applyCoding(e, { ...input, start: 30, end: 40 })).toThrow(
      'The span [30, 40) is not inside the document (37).',
    )
    expect(e.counts().codings).toBe(0)
    expect(e.history.state().undo).toBeNull()
  })
})

describe('who codes when nobody is named', () => {
  it('is the engagement’s first consultant, not a consensus coder', () => {
    const e = tempEngagement('fr')
    e.coders.add('Accord', 'consensus')
    const first = e.coders.add('Claire Dubois')
    e.coders.add('Marc Petit')
    expect(defaultCoderId(e)).toBe(first.id)
  })

  it('is a consultant created once, named in the engagement’s language, when there is none', () => {
    const e = tempEngagement('en')
    const id = defaultCoderId(e)
    expect(e.coders.get(id)).toMatchObject({ name: 'Consultant', kind: 'person' })
    expect(defaultCoderId(e)).toBe(id)
  })
})

import { describe, expect, it } from 'vitest'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { codingDocument, codingDocuments } from '../../electron/core/coding/coding-documents'
import { editDocument } from '../../electron/core/coding/edit-document'
import { tempEngagement } from '../helpers/temp-engagement'

describe('the texts to code', () => {
  it('lists answers and transcripts by respondent, answers in the guide’s order, transcripts last', () => {
    const e = tempEngagement('fr')
    const [q1, q2] = e.guides.list().find((g) => g.group === 'employee')!.questions
    const r2 = e.respondents.add({ code: 'r02', group: 'employee' })
    const r1 = e.respondents.add({ code: 'R01', group: 'employee' })
    const add = (title: string, respondentId: string, kind: 'answer' | 'transcript' | 'notes', questionId?: string) =>
      e.documents.add({ kind, title, respondentId, questionId, text: `${title}.` })
    add('R01 transcript', r1.id, 'transcript')
    add('R01 q2', r1.id, 'answer', q2!.id)
    add('R01 q1', r1.id, 'answer', q1!.id)
    add('R01 notes', r1.id, 'notes')
    add('r02 q1', r2.id, 'answer', q1!.id)
    expect(codingDocuments(e).map((d) => d.title)).toEqual(['R01 q1', 'R01 q2', 'R01 transcript', 'r02 q1'])
    expect(codingDocuments(e)[0]).toMatchObject({ respondentCode: 'R01', group: 'employee', kind: 'answer' })
  })

  it('says how many codings each text has and how many wait for review', () => {
    const e = tempEngagement('fr')
    const d = e.documents.add({ kind: 'imported', title: 'Extrait', text: 'Un mot. Deux mots.' })
    const find = e.codebook.codeByKey('OUT.FIND')!
    applyCoding(e, { documentId: d.id, start: 0, end: 7, codeIds: [find.id] })
    applyCoding(e, { documentId: d.id, start: 8, end: 18, codeIds: [find.id] })
    editDocument(e, d.id, [{ from: 0, to: 7, insert: '' }])
    expect(codingDocuments(e)).toMatchObject([
      { id: d.id, codings: 2, needsReview: 1, respondentCode: null, group: null },
    ])
  })
})

describe('a text opened for coding', () => {
  it('comes with its codings, its question’s defaults and its respondent', () => {
    const e = tempEngagement('fr')
    const r = e.respondents.add({ code: 'R01', group: 'manager' })
    const q = e.guides
      .list()
      .flatMap((g) => g.questions)
      .find((x) => x.stance === 'ATTR')!
    const d = e.documents.add({ kind: 'answer', respondentId: r.id, questionId: q.id, text: 'Ils veulent du sens.' })
    const [c] = applyCoding(e, { documentId: d.id, start: 0, end: 3, codeIds: [e.codebook.codeByKey('OUT.FIND')!.id] })
    expect(codingDocument(e, d.id)).toEqual({
      document: e.documents.get(d.id),
      codings: [c],
      defaults: { stance: 'ATTR', target: q.target },
      respondentCode: 'R01',
      group: 'manager',
      keyVerbatims: [],
    })
  })

  it('has SELF defaults and no respondent when it answers no question', () => {
    const e = tempEngagement('fr')
    const d = e.documents.add({ kind: 'imported', text: 'Texte libre.' })
    expect(codingDocument(e, d.id)).toMatchObject({
      defaults: { stance: 'SELF', target: null },
      respondentCode: null,
      group: null,
    })
  })

  it('is refused for an unknown document', () => {
    const e = tempEngagement('fr')
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(() => codingDocument(e, unknown)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No document ${unknown}.` }),
    )
  })
})

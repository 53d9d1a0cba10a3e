import { describe, expect, it } from 'vitest'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { clearReview, removeCodings, updateCoding } from '../../electron/core/coding/change-codings'
import { codingDocument, codingDocuments } from '../../electron/core/coding/coding-documents'
import { editDocument } from '../../electron/core/coding/edit-document'
import { tempEngagement } from '../helpers/temp-engagement'

const TEXT = 'Je veux des outils simples. Les managers veulent de la proximité avec l’élève.'

function answerTo(stance: 'SELF' | 'ATTR') {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const q = e.guides
    .list()
    .flatMap((g) => g.questions)
    .find((x) => x.stance === stance && x.type === 'open')!
  const d = e.documents.add({ kind: 'answer', respondentId: r.id, questionId: q.id, text: TEXT })
  const find = e.codebook.codeByKey('OUT.FIND')!
  const tools = e.codebook.codes().find((c) => c.key !== find.key)!
  return { e, d, q, find, tools }
}

const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length })

describe('coding actions', () => {
  it('applies several codes to one span, with the question’s stance, once per code and coder', () => {
    const { e, d, q, find, tools } = answerTo('ATTR')
    const made = applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [find.id, tools.id] })
    expect(made).toHaveLength(2)
    expect(made[0]).toMatchObject({ text: 'des outils simples', stance: 'ATTR', target: q.target, valence: '0' })
    expect(applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [find.id] })).toEqual([])
    expect(codingDocument(e, d.id).codings).toHaveLength(2)
    expect(codingDocuments(e).find((x) => x.id === d.id)).toMatchObject({ codings: 2, respondentCode: 'R01' })
  })

  it('refuses a span outside the text or an unknown code, writing nothing', () => {
    const { e, d, find } = answerTo('SELF')
    expect(() => applyCoding(e, { documentId: d.id, start: 5, end: 500, codeIds: [find.id] })).toThrow(/not inside/)
    expect(() =>
      applyCoding(e, {
        documentId: d.id,
        start: 0,
        end: 5,
        codeIds: [find.id, '00000000-0000-4000-8000-000000000000'],
      }),
    ).toThrow(/No code/)
    expect(e.codings.ofDocument(d.id)).toEqual([])
    expect(e.history.state().undo).toBeNull()
  })

  it('undoes and redoes apply, change and remove, in order, on the file', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('l’élève'), codeIds: [find.id] })
    updateCoding(e, c!.id, { valence: '-', intensity: 3, memo: 'dit deux fois' })
    removeCodings(e, [c!.id])
    expect(e.codings.get(c!.id)).toBeUndefined()
    expect(e.history.state().undo).toMatchObject({ action: 'remove', count: 1 })

    e.history.undo()
    expect(e.codings.get(c!.id)).toMatchObject({ valence: '-', intensity: 3, memo: 'dit deux fois' })
    e.history.undo()
    expect(e.codings.get(c!.id)).toMatchObject({ valence: '0', intensity: null, memo: '' })
    e.history.undo()
    expect(e.codings.get(c!.id)).toBeUndefined()
    expect(() => e.history.undo()).toThrow(/nothing|no coding action/i)

    e.history.redo()
    e.history.redo()
    expect(e.codings.get(c!.id)).toMatchObject({ text: 'l’élève', valence: '-', memo: 'dit deux fois' })
    expect(e.history.state()).toMatchObject({
      undo: { action: 'change', count: 1 },
      redo: { action: 'remove', count: 1 },
    })
    // A new action forgets what could have been redone.
    applyCoding(e, { documentId: d.id, ...span('Les managers'), codeIds: [find.id] })
    expect(e.history.state().redo).toBeNull()
  })

  it('puts a removed coding back on its words when the text was edited after the removal', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('l’élève'), codeIds: [find.id] })
    removeCodings(e, [c!.id])
    editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Franchement, ' }])
    e.history.undo()
    const back = e.codings.get(c!.id)!
    expect(e.documents.get(d.id)!.text.slice(back.start, back.end)).toBe('l’élève')
    expect(back.needsReview).toBe(false)
  })

  it('brings back a coding whose words are gone flagged for review, and clears the flag undoably', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('l’élève'), codeIds: [find.id] })
    removeCodings(e, [c!.id])
    const at = TEXT.indexOf(' avec')
    editDocument(e, d.id, [{ from: at, to: TEXT.length, insert: '.' }])
    e.history.undo()
    expect(e.codings.get(c!.id)!.needsReview).toBe(true)
    clearReview(e, c!.id)
    expect(e.codings.get(c!.id)!.needsReview).toBe(false)
    e.history.undo()
    expect(e.codings.get(c!.id)!.needsReview).toBe(true)
  })

  it('keeps a target only on an ATTR coding', () => {
    const { e, d, find } = answerTo('ATTR')
    const [c] = applyCoding(e, { documentId: d.id, ...span('Les managers'), codeIds: [find.id] })
    expect(updateCoding(e, c!.id, { stance: 'SELF' })).toMatchObject({ stance: 'SELF', target: null })
    expect(updateCoding(e, c!.id, { stance: 'ATTR', target: 'leadership' })).toMatchObject({ target: 'leadership' })
  })
})

describe('an undo that can no longer run', () => {
  it('is refused with a reason and dropped, so that the next undo reaches the action before it', () => {
    const { e, d, find } = answerTo('SELF')
    const [kept] = applyCoding(e, { documentId: d.id, ...span('des outils'), codeIds: [find.id] })
    const [gone] = applyCoding(e, { documentId: d.id, ...span('l’élève'), codeIds: [find.id] })
    removeCodings(e, [gone!.id])
    // Its document goes (with its codings) behind the history's back: the removal cannot be undone.
    e.db.prepare('DELETE FROM codings WHERE document_id = ?').run(d.id)
    e.db.prepare('DELETE FROM documents WHERE id = ?').run(d.id)
    expect(() => e.history.undo()).toThrow(/can no longer be undone/)
    expect(e.history.state().undo).toMatchObject({ action: 'apply', count: 1 })
    e.history.undo()
    expect(e.codings.get(kept!.id)).toBeUndefined()
  })
})

describe('codings and their history through text edits', () => {
  it('keeps a flagged coding’s words, and puts it back on them when the deletion is undone', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [find.id] })
    const sentence = 'Je veux des outils simples.'
    editDocument(e, d.id, [{ from: 0, to: sentence.length, insert: '' }])
    expect(e.codings.get(c!.id)).toMatchObject({ needsReview: true, text: 'des outils simples' })
    // Another edit elsewhere: the flagged coding still remembers its words.
    editDocument(e, d.id, [{ from: 5, to: 5, insert: 'x' }])
    expect(e.codings.get(c!.id)).toMatchObject({ needsReview: true, text: 'des outils simples' })
    editDocument(e, d.id, [{ from: 5, to: 6, insert: '' }])
    // The sentence typed back where it was (what the editor's own undo does).
    editDocument(e, d.id, [{ from: 0, to: 0, insert: sentence }])
    const back = e.codings.get(c!.id)!
    expect(back).toMatchObject({ needsReview: false, text: 'des outils simples' })
    expect(e.documents.get(d.id)!.text.slice(back.start, back.end)).toBe('des outils simples')
  })

  it('does not clear a review flag set by an edit when an earlier change is undone', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [find.id] })
    updateCoding(e, c!.id, { valence: '+' })
    editDocument(e, d.id, [{ from: 0, to: 'Je veux des outils simples.'.length, insert: '' }])
    e.history.undo()
    expect(e.codings.get(c!.id)).toMatchObject({ valence: '0', needsReview: true, text: 'des outils simples' })
  })

  it('redoes a coding on its own words after text was typed before them, not on a look-alike', () => {
    const e = tempEngagement('fr')
    const d = e.documents.add({ kind: 'answer', text: 'Il dit oui. Puis oui.' })
    const find = e.codebook.codeByKey('OUT.FIND')!
    const [c] = applyCoding(e, { documentId: d.id, start: 17, end: 20, codeIds: [find.id] })
    e.history.undo()
    editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Non, oui ' }])
    e.history.redo()
    expect(e.codings.get(c!.id)).toMatchObject({ start: 26, end: 29, text: 'oui', needsReview: false })
  })

  it('brings back a removed coding’s collective evidence with its criterion', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('Les managers'), codeIds: [find.id] })
    const collective = e.collectives.add({
      name: 'Club',
      label: 'community',
      criteria: [null, null, null, null, null],
      notes: '',
    })
    e.codeLinks.linkEvidence([{ collectiveId: collective.id, codingId: c!.id, criterion: 2 }])
    removeCodings(e, [c!.id])
    expect(e.codeLinks.evidenceOf([c!.id])).toEqual([])
    e.history.undo()
    expect(e.codeLinks.evidenceOf([c!.id])).toEqual([{ collectiveId: collective.id, codingId: c!.id, criterion: 2 }])
  })
})

describe('confirming a flagged coding', () => {
  it('makes it code the words where it lies, and its undo gives back its old words and flag', () => {
    const { e, d, find } = answerTo('SELF')
    const [c] = applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [find.id] })
    editDocument(e, d.id, [{ from: TEXT.indexOf('des outils simples'), to: TEXT.indexOf(' Les managers'), insert: '' }])
    const flagged = e.codings.get(c!.id)!
    expect(flagged).toMatchObject({ needsReview: true, text: 'des outils simples' })
    const confirmed = clearReview(e, c!.id)
    expect(confirmed).toMatchObject({ needsReview: false })
    expect(confirmed.text).toBe(e.documents.get(d.id)!.text.slice(confirmed.start, confirmed.end))
    e.history.undo()
    expect(e.codings.get(c!.id)).toMatchObject({ needsReview: true, text: 'des outils simples' })
  })
})

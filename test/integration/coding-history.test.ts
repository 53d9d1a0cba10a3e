import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { clearReview, removeCodings, updateCodings } from '../../electron/core/coding/change-codings'
import { editDocument } from '../../electron/core/coding/edit-document'
import { codedDocument } from '../helpers/coded-document'

const TEXT = 'Je cherche l’élève. Personne ne sait où sont les dossiers.'
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

describe('the undo history of coding actions', () => {
  it('has nothing to undo or redo when the engagement is opened', () => {
    const { e } = codedDocument(TEXT, [])
    expect(e.history.state()).toEqual({ undo: null, redo: null })
    expect(() => e.history.undo()).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_UNDO', message: 'There is no coding action to undo.' }),
    )
    expect(() => e.history.redo()).toThrow(
      expect.objectContaining({ code: 'NOTHING_TO_UNDO', message: 'There is no coding action to redo.' }),
    )
  })

  it('says which documents an undone action touched, so that they are shown again', () => {
    const { e, d, ids } = codedDocument(TEXT, ['l’élève'])
    const other = e.documents.add({ kind: 'answer', text: TEXT })
    const find = e.codebook.codeByKey('OUT.FIND')!
    applyCoding(e, { documentId: other.id, start: 0, end: 2, codeIds: [find.id] })
    expect(e.history.undo().documentIds).toEqual([other.id])
    updateCodings(e, ids, { valence: '+' })
    expect(e.history.undo().documentIds).toEqual([d.id])
    removeCodings(e, ids)
    expect(e.history.undo().documentIds).toEqual([d.id])
    expect(e.history.redo().documentIds).toEqual([d.id])
    expect(e.codings.get(ids[0]!)).toBeUndefined()
  })

  it('keeps the last 500 actions: the oldest falls off', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    for (let i = 0; i < 501; i++) updateCodings(e, ids, { valence: i % 2 ? '0' : '+' })
    expect(e.history.state().undo).toMatchObject({ action: 'change', count: 1, id: 501 })
    for (let i = 0; i < 500; i++) e.history.undo()
    expect(e.history.state()).toMatchObject({ undo: null, redo: { id: 2 } })
    expect(() => e.history.undo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }))
    // The first change, fallen off, was not undone.
    expect(e.codings.get(ids[0]!)!.valence).toBe('+')
  })

  it('numbers each action, so that two alike are told apart', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève', 'les dossiers'])
    updateCodings(e, [ids[0]!], { valence: '+' })
    updateCodings(e, [ids[0]!], { valence: '0' })
    expect(e.history.state().undo).toEqual({ action: 'change', count: 1, id: 2 })
    e.history.undo()
    expect(e.history.state()).toEqual({
      undo: { action: 'change', count: 1, id: 1 },
      redo: { action: 'change', count: 1, id: 2 },
    })
  })

  it('says there is nothing to redo when nothing was undone', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    removeCodings(e, ids)
    expect(() => e.history.redo()).toThrow('There is no coding action to redo.')
    expect(() => e.history.redo()).toThrow(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }))
  })

  it('says a redo that can no longer run cannot be redone, and drops it', () => {
    const { e, d } = codedDocument(TEXT, [])
    const find = e.codebook.codeByKey('OUT.FIND')!
    applyCoding(e, { documentId: d.id, start: 0, end: 2, codeIds: [find.id] })
    e.history.undo()
    // Its document goes behind the history's back: the coding cannot be put back.
    e.db.prepare('DELETE FROM documents WHERE id = ?').run(d.id)
    expect(() => e.history.redo()).toThrow(
      expect.objectContaining({
        code: 'CANNOT_UNDO',
        message: expect.stringMatching(/can no longer be redone: No document/),
      }),
    )
    expect(e.history.state()).toEqual({ undo: null, redo: null })
  })

  it('moves only the held codings of the edited document', () => {
    const one = codedDocument(TEXT, ['les dossiers'])
    const { e } = one
    const other = e.documents.add({ kind: 'answer', text: TEXT })
    const find = e.codebook.codeByKey('OUT.FIND')!
    const start = TEXT.indexOf('les dossiers')
    const [kept] = applyCoding(e, { documentId: other.id, start, end: start + 12, codeIds: [find.id] })
    removeCodings(e, [one.ids[0]!, kept!.id])
    editDocument(e, one.d.id, [{ from: 0, to: 0, insert: 'Alors. ' }])
    e.history.undo()
    expect(e.codings.get(one.ids[0]!)).toMatchObject({ start: start + 7, text: 'les dossiers' })
    expect(e.codings.get(kept!.id)).toMatchObject({ start, text: 'les dossiers', needsReview: false })
  })
})

describe('removing codings', () => {
  it('counts a coding named twice once, and brings all back in one undo', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève', 'les dossiers'])
    expect(removeCodings(e, [ids[0]!, ids[1]!, ids[0]!])).toEqual({ removed: 2 })
    expect(e.history.state().undo).toMatchObject({ action: 'remove', count: 2 })
    e.history.undo()
    expect(ids.map((id) => e.codings.get(id)?.id)).toEqual(ids)
  })

  it('is refused for an unknown coding, removing nothing and recording nothing', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    expect(() => removeCodings(e, [ids[0]!, UNKNOWN])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No coding ${UNKNOWN}.` }),
    )
    expect(e.codings.get(ids[0]!)).toBeDefined()
    expect(e.history.state().undo).toBeNull()
  })

  it('records nothing when there is nothing to remove', () => {
    const { e } = codedDocument(TEXT, [])
    expect(removeCodings(e, [])).toEqual({ removed: 0 })
    expect(e.history.state().undo).toBeNull()
  })
})

describe('changing codings’ attributes', () => {
  afterEach(() => vi.useRealTimers())

  it('changes several in one undo step, which puts back only what it changed', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève', 'les dossiers'])
    const changed = updateCodings(e, ids, { valence: '+', memo: 'à citer' })
    expect(changed.map((c) => [c.valence, c.memo, c.intensity])).toEqual([
      ['+', 'à citer', 2],
      ['+', 'à citer', 2],
    ])
    expect(e.history.state().undo).toMatchObject({ action: 'change', count: 2 })
    // Changed since, behind the action's back: the undo leaves that alone.
    e.codings.update(ids[0]!, { intensity: 3 })
    e.history.undo()
    expect(ids.map((id) => e.codings.get(id)).map((c) => [c!.valence, c!.memo, c!.intensity])).toEqual([
      ['-', '', 3],
      ['-', '', 2],
    ])
    e.history.redo()
    expect(e.codings.get(ids[1]!)).toMatchObject({ valence: '+', memo: 'à citer' })
  })

  it('keeps an ATTR coding’s target unless told, and clears it when told null', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    const [attr] = updateCodings(e, ids, { stance: 'ATTR', target: 'manager' })
    expect(attr).toMatchObject({ stance: 'ATTR', target: 'manager' })
    expect(updateCodings(e, ids, { valence: '+' })[0]).toMatchObject({ target: 'manager' })
    expect(updateCodings(e, ids, { target: null })[0]).toMatchObject({ stance: 'ATTR', target: null })
  })

  it('is refused for an unknown coding, changing nothing', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    expect(() => updateCodings(e, [ids[0]!, UNKNOWN], { valence: '+' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No coding ${UNKNOWN}.` }),
    )
    expect(e.codings.get(ids[0]!)!.valence).toBe('-')
    expect(e.history.state().undo).toBeNull()
  })

  it('is undone by writing only the codings whose attributes it changed', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève', 'les dossiers'])
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'))
    // The first coding already has valence '-': the change leaves it as it was.
    e.codings.update(ids[1]!, { valence: '+' })
    updateCodings(e, ids, { valence: '-' })
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'))
    e.history.undo()
    expect(e.codings.get(ids[0]!)).toMatchObject({ valence: '-', updatedAt: '2026-03-02T09:00:00.000Z' })
    expect(e.codings.get(ids[1]!)).toMatchObject({ valence: '+', updatedAt: '2026-03-02T10:00:00.000Z' })
  })

  it('does not undo a change on a coding removed since', () => {
    const { e, ids } = codedDocument(TEXT, ['l’élève'])
    updateCodings(e, ids, { valence: '+' })
    e.codings.remove(ids[0]!)
    e.history.undo()
    expect(e.codings.get(ids[0]!)).toBeUndefined()
  })
})

describe('confirming a flagged coding', () => {
  it('is refused for an unknown coding', () => {
    const { e } = codedDocument(TEXT, [])
    expect(() => clearReview(e, UNKNOWN)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No coding ${UNKNOWN}.` }),
    )
  })

  it('is undone onto its words when they were typed back since', () => {
    const text = 'Nous perdons une heure par jour.'
    const { e, d, ids } = codedDocument(text, ['une heure'])
    editDocument(e, d.id, [{ from: 13, to: 22, insert: '' }])
    clearReview(e, ids[0]!)
    editDocument(e, d.id, [{ from: 13, to: 13, insert: 'une heure' }])
    e.history.undo()
    expect(e.codings.get(ids[0]!)).toMatchObject({ start: 13, end: 22, text: 'une heure', needsReview: false })
  })

  it('is redone with the words where it lies', () => {
    const { e, d, ids } = codedDocument(TEXT, ['l’élève'])
    const at = TEXT.indexOf('l’élève')
    editDocument(e, d.id, [{ from: at, to: at + 'l’élève'.length, insert: '' }])
    const confirmed = clearReview(e, ids[0]!)
    e.history.undo()
    e.history.redo()
    expect(e.codings.get(ids[0]!)).toMatchObject({ needsReview: false, text: confirmed.text })
    expect(e.history.state().undo).toMatchObject({ action: 'clearReview', count: 1 })
  })
})

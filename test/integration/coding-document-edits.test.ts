import { describe, expect, it } from 'vitest'
import { editDocument } from '../../electron/core/coding/edit-document'
import { codedDocument } from '../helpers/coded-document'

const TEXT = 'Avant. Les mots codés. Après.'

describe('an edit of a coded document', () => {
  it('reports as flagged only the codings this edit flagged', () => {
    const { e, d, ids } = codedDocument(TEXT, ['Les mots codés', 'Après'])
    expect(editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Bref. ' }]).flagged).toEqual([])
    expect(editDocument(e, d.id, [{ from: 13, to: 28, insert: '' }]).flagged).toEqual([ids[0]])
    // Still flagged after the next edit, but not newly.
    expect(editDocument(e, d.id, [{ from: 0, to: 6, insert: '' }]).flagged).toEqual([])
    expect(e.codings.get(ids[0]!)!.needsReview).toBe(true)
  })

  it('moves the key verbatims marked in the interview with their words, and drops one whose words are gone', () => {
    const { e, d } = codedDocument(TEXT, [])
    const kept = e.keyVerbatims.add(d.id, { start: 7, end: 22 })
    e.keyVerbatims.add(d.id, { start: 23, end: 29 })
    editDocument(e, d.id, [
      { from: 0, to: 0, insert: 'Bref. ' },
      { from: 23, to: 29, insert: '' },
    ])
    expect(e.keyVerbatims.ofDocument(d.id)).toMatchObject([
      { id: kept.id, start: 13, end: 28, text: 'Les mots codés.' },
    ])
  })

  it('is refused for an unknown document', () => {
    const { e } = codedDocument(TEXT, [])
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(() => editDocument(e, unknown, [])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No document ${unknown}.` }),
    )
  })
})

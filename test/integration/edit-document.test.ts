import { describe, expect, it } from 'vitest'
import { editDocument } from '../../electron/core/coding/edit-document'
import { codedDocument as coded } from '../helpers/coded-document'

describe('editing a coded transcript', () => {
  it('keeps each coding on its words, in the file, with the search index in step', () => {
    const { e, d, ids } = coded('Je cherche l’élève. Personne ne sait où sont les dossiers.', [
      'l’élève',
      'les dossiers',
    ])
    editDocument(e, d.id, [
      { from: 0, to: 0, insert: 'Bonjour. ' },
      { from: 29, to: 29, insert: 'vraiment ' },
    ])
    const text = e.documents.get(d.id)!.text
    expect(text).toBe('Bonjour. Je cherche l’élève. Personne vraiment ne sait où sont les dossiers.')
    for (const id of ids) {
      const c = e.codings.get(id)!
      expect(text.slice(c.start, c.end)).toBe(c.text)
      expect(c.needsReview).toBe(false)
    }
    expect(e.codings.get(ids[0]!)!.text).toBe('l’élève')
    expect(e.documents.search('vraiment').map((h) => h.documentId)).toEqual([d.id])
  })

  it('flags a coding whose words were all deleted, keeping the words it had', () => {
    const { e, d, ids } = coded('Avant. Les mots codés. Après.', ['Les mots codés'])
    const r = editDocument(e, d.id, [{ from: 7, to: 22, insert: '' }])
    expect(r.flagged).toEqual(ids)
    expect(e.codings.get(ids[0]!)).toMatchObject({ needsReview: true, text: 'Les mots codés' })
  })

  it('refuses an edit outside the text and changes nothing', () => {
    const { e, d, ids } = coded('Court.', ['Court'])
    const before = e.codings.get(ids[0]!)
    expect(() => editDocument(e, d.id, [{ from: 3, to: 99, insert: 'x' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_RANGE' }),
    )
    expect(e.documents.get(d.id)!.text).toBe('Court.')
    expect(e.codings.get(ids[0]!)).toEqual(before)
  })

  it('moves the report’s picked verbatims with their words, and drops one whose words are gone', () => {
    const { e, d } = coded('Première phrase citée. Seconde phrase citée.', [])
    const text = e.documents.get(d.id)!.text
    const second = text.indexOf('Seconde')
    e.reportChoices.setVerbatims('attention', [
      { documentId: d.id, start: 0, end: 22 },
      { documentId: d.id, start: second, end: text.length },
    ])
    editDocument(e, d.id, [
      { from: 0, to: 23, insert: '' },
      { from: second, to: second, insert: 'Vraiment. ' },
    ])
    const after = e.documents.get(d.id)!.text
    const picks = e.reportChoices.verbatims().attention!
    expect(picks).toHaveLength(1)
    expect(after.slice(picks[0]!.start, picks[0]!.end)).toBe('Seconde phrase citée.')
  })

  it('moves a transcript’s speaker turns with their words', () => {
    const { e, d } = coded('Bonjour.\n\nJe cherche les dossiers.', [])
    e.transcriptTurns.set(d.id, [
      { start: 0, end: 8, speaker: 'Claire Dubois', atMs: 0, untilMs: 2000, byInterviewer: true },
      { start: 10, end: 34, speaker: 'R01', atMs: 2000, untilMs: 6000, byInterviewer: false },
    ])
    editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Alors. ' }])
    const text = e.documents.get(d.id)!.text
    expect(e.transcriptTurns.ofDocument(d.id).map((t) => text.slice(t.start, t.end))).toEqual([
      'Bonjour.',
      'Je cherche les dossiers.',
    ])
  })
})

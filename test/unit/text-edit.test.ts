import { describe, expect, it } from 'vitest'
import { applyChanges, mapSpan, type TextChange } from '../../shared/domain/text-edit'
import { changeBetween } from '../../shared/domain/text-diff'

/** Codes the words `words` of `text`, edits, and says where the coding went. */
function afterEdit(text: string, words: string, changes: TextChange[]) {
  const start = text.indexOf(words)
  const edited = applyChanges(text, changes)
  return { document: edited.text, ...mapSpan({ start, end: start + words.length }, edited.changes, edited.text) }
}

describe('a coding through an edit of its text', () => {
  const text = 'Je perds une heure à chercher l’élève de Lyon.'

  it('moves with its words when text is inserted before it', () => {
    const r = afterEdit(text, 'l’élève', [{ from: 0, to: 0, insert: 'Bonjour, ' }])
    expect(r).toMatchObject({ text: 'l’élève', needsReview: false })
    expect(r.start).toBe(text.indexOf('l’élève') + 'Bonjour, '.length)
  })

  it('does not take in text typed right at its start or right at its end', () => {
    const start = text.indexOf('une heure')
    expect(afterEdit(text, 'une heure', [{ from: start, to: start, insert: 'presque ' }]).text).toBe('une heure')
    const end = start + 'une heure'.length
    expect(afterEdit(text, 'une heure', [{ from: end, to: end, insert: ' entière' }]).text).toBe('une heure')
  })

  it('takes in text typed inside it, and shrinks when part of it is deleted', () => {
    const at = text.indexOf('heure')
    expect(afterEdit(text, 'une heure', [{ from: at, to: at, insert: 'bonne ' }]).text).toBe('une bonne heure')
    expect(afterEdit(text, 'une heure à chercher', [{ from: at, to: at + 'heure '.length, insert: '' }])).toMatchObject(
      { text: 'une à chercher', needsReview: false },
    )
  })

  it('is flagged on a whole character when the place of its deleted words is an emoji', () => {
    // The words were before the emoji: the flag holds the emoji whole, both halves.
    expect(afterEdit('ab😀', 'ab', [{ from: 0, to: 2, insert: '' }])).toMatchObject({
      document: '😀',
      start: 0,
      end: 2,
      text: '😀',
      needsReview: true,
    })
    // The words ended the text after an emoji: the flag steps back onto the emoji's first half.
    expect(afterEdit('x😀y', 'y', [{ from: 3, to: 4, insert: '' }])).toMatchObject({
      document: 'x😀',
      start: 1,
      end: 3,
      text: '😀',
      needsReview: true,
    })
  })

  it('is flagged for review, not moved onto other words, when all its words are deleted', () => {
    const at = text.indexOf('une heure')
    const r = afterEdit(text, 'une heure', [{ from: at - 1, to: at + 'une heure'.length, insert: '' }])
    expect(r.needsReview).toBe(true)
    expect(r.end - r.start).toBe(1)
  })

  it('counts an emoji (two UTF-16 units) and accents exactly', () => {
    const t = 'Réponse 🎉 reçue, enfin. Café décomposé: e\u0301.'
    const r = afterEdit(t, 'reçue', [{ from: 0, to: 'Réponse'.length, insert: 'La réponse' }])
    expect(r.text).toBe('reçue')
    expect(t.slice(0, t.indexOf('reçue'))).toBe('Réponse 🎉 ')
    const r2 = afterEdit(t, 'e\u0301', [{ from: t.indexOf('🎉'), to: t.indexOf('🎉') + 2, insert: '' }])
    expect(r2).toMatchObject({ text: 'e\u0301', needsReview: false })
  })

  it('keeps Windows line ends (CRLF) and their offsets', () => {
    const t = 'Première ligne.\r\nDeuxième ligne codée.\r\nTroisième.'
    const r = afterEdit(t, 'ligne codée', [{ from: 0, to: 0, insert: 'Intro.\r\n' }])
    expect(r.text).toBe('ligne codée')
    expect(r.start).toBe(t.indexOf('ligne codée') + 'Intro.\r\n'.length)
    expect(applyChanges(t, []).text).toBe(t)
  })

  it('applies several changes at once, each in the offsets of the text before the edit', () => {
    const t = 'alpha beta gamma'
    const edited = applyChanges(t, [
      { from: 0, to: 5, insert: 'ALPHA' },
      { from: 11, to: 16, insert: 'Γ' },
    ])
    expect(edited.text).toBe('ALPHA beta Γ')
    expect(mapSpan({ start: 6, end: 10 }, edited.changes, edited.text)).toMatchObject({
      start: 6,
      end: 10,
      text: 'beta',
    })
  })

  it('refuses changes outside the text or overlapping', () => {
    expect(() => applyChanges('abc', [{ from: 2, to: 5, insert: '' }])).toThrow(RangeError)
    expect(() =>
      applyChanges('abcdef', [
        { from: 0, to: 3, insert: '' },
        { from: 2, to: 4, insert: '' },
      ]),
    ).toThrow(/overlap/)
    expect(() => applyChanges('abc', [{ from: 1.5, to: 2, insert: '' }])).toThrow(RangeError)
  })
})

describe('the change between two versions of a typed answer', () => {
  it('is the one replacement between their common start and end', () => {
    expect(changeBetween('Je cherche', 'Je cherche encore')).toEqual({ from: 10, to: 10, insert: ' encore' })
    expect(changeBetween('Je cherche encore', 'Je cherche')).toEqual({ from: 10, to: 17, insert: '' })
    expect(changeBetween('un deux trois', 'un 2 trois')).toEqual({ from: 3, to: 7, insert: '2' })
    expect(changeBetween('même', 'même')).toBeNull()
  })

  it('never cuts an emoji in half', () => {
    const c = changeBetween('a😀b', 'a😃b')!
    expect(c).toEqual({ from: 1, to: 3, insert: '😃' })
    const c2 = changeBetween('😀', '😀😀')!
    expect(applyChanges('😀', [c2]).text).toBe('😀😀')
  })
})

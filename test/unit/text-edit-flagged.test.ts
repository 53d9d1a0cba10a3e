import { describe, expect, it } from 'vitest'
import { applyChanges, mapCoding, mapSpan, type CodedSpan, type TextChange } from '../../shared/domain/text-edit'

/** Codes `words` in `text`, then runs the edits one after the other; the document and the coding. */
function codeThenEdit(text: string, words: string, ...edits: TextChange[][]) {
  const start = text.indexOf(words)
  let coding: CodedSpan = { start, end: start + words.length, text: words, needsReview: false }
  for (const changes of edits) {
    const edited = applyChanges(text, changes)
    coding = mapCoding(coding, edited.changes, edited.text)
    text = edited.text
  }
  return { document: text, coding }
}

const deleteWords = (text: string, words: string): TextChange[] => {
  const at = text.indexOf(words)
  return [{ from: at, to: at + words.length, insert: '' }]
}

describe('a coding whose words were all deleted', () => {
  const text = 'Nous perdons une heure par jour.'
  const at = text.indexOf('une heure')

  it('goes back on its words, flag gone, when they are typed again where they were', () => {
    const r = codeThenEdit(text, 'une heure', deleteWords(text, 'une heure'), [
      { from: at, to: at, insert: 'une heure' },
    ])
    expect(r.document).toBe(text)
    expect(r.coding).toEqual({ start: at, end: at + 9, text: 'une heure', needsReview: false })
  })

  it('goes back on its words when they ended the text and are typed again', () => {
    const t = 'Il pleut'
    const r = codeThenEdit(t, 'pleut', deleteWords(t, 'pleut'), [{ from: 3, to: 3, insert: 'pleut' }])
    expect(r.coding).toEqual({ start: 3, end: 8, text: 'pleut', needsReview: false })
  })

  it('goes back on the first of its words when they are typed again on both sides of its place', () => {
    const gone = deleteWords(text, 'une heure')
    const twice = [
      { from: at, to: at, insert: 'une heure' },
      { from: at + 1, to: at + 1, insert: 'une heure ' },
    ]
    const r = codeThenEdit(text, 'une heure', gone, twice)
    expect(r.document).toBe('Nous perdons une heure une heure par jour.')
    expect(r.coding).toEqual({ start: at, end: at + 9, text: 'une heure', needsReview: false })
  })

  it('stays flagged when the same words are typed elsewhere, later or earlier in the text', () => {
    const gone = deleteWords(text, 'une heure')
    const later = codeThenEdit(text, 'une heure', gone, [{ from: 22, to: 22, insert: ' une heure' }])
    expect(later.coding).toMatchObject({ start: at, needsReview: true, text: 'une heure' })
    const earlier = codeThenEdit(text, 'une heure', gone, [{ from: 0, to: 0, insert: 'une heure: ' }])
    expect(earlier.coding).toMatchObject({ start: at + 11, needsReview: true, text: 'une heure' })
  })

  it('stays flagged, on a valid span, when the whole text is deleted', () => {
    const r = codeThenEdit(text, 'une heure', [{ from: 0, to: text.length, insert: '' }])
    expect(r.document).toBe('')
    expect(r.coding).toEqual({ start: 0, end: 1, text: 'une heure', needsReview: true })
  })

  it('is never put back as an empty span when it holds no words', () => {
    const edited = applyChanges('x', [{ from: 0, to: 0, insert: 'abc' }])
    const r = mapCoding({ start: 0, end: 1, text: '', needsReview: true }, edited.changes, edited.text)
    expect(r.needsReview).toBe(true)
    expect(r.end).toBeGreaterThan(r.start)
  })

  it('is flagged on the character at the place of the deletion, whatever emoji stand elsewhere', () => {
    const t = '😀 Nous perdons une heure.'
    const r = codeThenEdit(t, 'une heure', deleteWords(t, 'une heure'))
    expect(r.coding).toMatchObject({ start: t.indexOf('une heure'), end: t.indexOf('une heure') + 1 })
    expect(r.document.slice(r.coding.start, r.coding.end)).toBe('.')
  })

  it('is flagged on a stray half of an emoji as it is, neither stepping back nor taking its neighbour', () => {
    // A paste cut in the middle of an emoji leaves half a character on its own; whole emoji elsewhere
    // in the text change nothing to that.
    const flagOf = (t: string) => codeThenEdit(t, 'y', deleteWords(t, 'y')).coding
    for (const t of ['xy\uDE00z 😀', 'xy\uD83Dz 😀', 'xyz\uDE00 😀'])
      expect(flagOf(t), t).toMatchObject({ start: 1, end: 2 })
  })
})

describe('an edit made of several changes', () => {
  it('is applied the same whatever order its changes are given in', () => {
    const changes = [
      { from: 11, to: 16, insert: 'Γ' },
      { from: 0, to: 5, insert: 'ALPHA' },
    ]
    const edited = applyChanges('alpha beta gamma', changes)
    expect(edited.text).toBe('ALPHA beta Γ')
    expect(mapSpan({ start: 6, end: 10 }, edited.changes, edited.text).text).toBe('beta')
    expect(
      applyChanges('abcdef', [
        { from: 4, to: 5, insert: 'E' },
        { from: 0, to: 1, insert: 'A' },
        { from: 2, to: 3, insert: 'C' },
      ]).text,
    ).toBe('AbCdEf')
  })

  it('is refused with a message naming the change and the text length when a change lies outside', () => {
    const outside = /^Change \[-?\d+, \d+\) is outside the text \(3\)\.$/
    expect(() => applyChanges('abc', [{ from: -1, to: 1, insert: '' }])).toThrow(outside)
    expect(() => applyChanges('abc', [{ from: 2, to: 1, insert: '' }])).toThrow(outside)
    expect(() => applyChanges('abc', [{ from: 1, to: 4, insert: '' }])).toThrow(
      'Change [1, 4) is outside the text (3).',
    )
  })
})

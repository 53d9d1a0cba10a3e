import { describe, expect, it } from 'vitest'
import { reanchor } from '../../shared/domain/reanchor'

/** A stored coding on the words `words` found at `start` of the text it was made on. */
const coding = (start: number, words: string) => ({ start, end: start + words.length, text: words })

describe('a removed coding put back on a text that may have changed', () => {
  it('stays on its own span when its words are still there', () => {
    const text = 'Le chef décide, le chef tranche.'
    expect(reanchor(text, coding(19, 'chef'))).toEqual({ start: 19, end: 23 })
  })

  it('follows its words when text was inserted before them', () => {
    const before = 'Nous manquons de temps.'
    const text = `Franchement, ${before}`
    expect(reanchor(text, coding(before.indexOf('temps'), 'temps'))).toEqual({ start: 30, end: 35 })
  })

  it('follows its words when text before them was deleted', () => {
    const text = 'temps perdu.'
    expect(reanchor(text, coding(17, 'perdu'))).toEqual({ start: 6, end: 11 })
  })

  it('goes to the occurrence of its words nearest to where it was, after or before it', () => {
    const text = 'plan A, plan B, plan C, plan D'
    // Was at 10 (now "an B,"): "plan" stands at 0, 8, 16 and 24; 8 is nearest.
    expect(reanchor(text, coding(10, 'plan'))).toEqual({ start: 8, end: 12 })
    // Was at 14: 16 is nearer than 8, and nearer than 24 further on.
    expect(reanchor(text, coding(14, 'plan'))).toEqual({ start: 16, end: 20 })
    // Was at 27, past the last one: the last one, not the first.
    expect(reanchor(text, coding(27, 'plan'))).toEqual({ start: 24, end: 28 })
  })

  it('takes the earlier occurrence when two stand as near', () => {
    expect(reanchor('oui ... oui', coding(4, 'oui'))).toEqual({ start: 0, end: 3 })
  })

  it('is the whole text when the text is now just its words', () => {
    expect(reanchor('merci', coding(12, 'merci'))).toEqual({ start: 0, end: 5 })
  })

  it('is nowhere when its words are gone, so that a person places it again', () => {
    expect(reanchor('Tout a été réécrit.', coding(3, 'la hiérarchie'))).toBeNull()
    expect(reanchor('', coding(0, 'mot'))).toBeNull()
  })

  it('is nowhere when it codes no words at all', () => {
    expect(reanchor('abc', { start: 1, end: 1, text: '' })).toBeNull()
  })
})

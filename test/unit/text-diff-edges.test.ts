import { describe, expect, it } from 'vitest'
import { changeBetween } from '../../shared/domain/text-diff'
import { applyChanges } from '../../shared/domain/text-edit'

/** The change, checked to turn the one text into the other. */
function change(before: string, after: string) {
  const c = changeBetween(before, after)!
  expect(applyChanges(before, [c]).text).toBe(after)
  return c
}

describe('the change between two versions of a typed answer, at the edges of the surrogate range', () => {
  it('keeps a whole emoji whose second half is the first low half (U+DC00)', () => {
    // 𐀀 is D800 DC00 and 𐐀 is D801 DC00.
    expect(change('a\u{10000}', 'a\u{10400}')).toEqual({ from: 1, to: 3, insert: '\u{10400}' })
  })

  it('keeps a whole emoji whose second half is the last low half (U+DFFF)', () => {
    // 𐏿 is D800 DFFF and 𐟿 is D801 DFFF.
    expect(change('a\u{103FF}', 'a\u{107FF}')).toEqual({ from: 1, to: 3, insert: '\u{107FF}' })
  })

  it('treats characters above the surrogate range as whole, such as a ligature pasted from a PDF', () => {
    expect(change('xa\uFB01', 'xb\uFB01')).toEqual({ from: 1, to: 2, insert: 'b' })
  })
})

describe('the change between two versions of a typed answer holding half an emoji on its own', () => {
  it('stays inside the text when the text begins with a stray second half', () => {
    expect(change('\uDC00a', 'b')).toEqual({ from: 0, to: 2, insert: 'b' })
  })

  it('replaces a stray first half by the whole emoji rather than adding its second half alone', () => {
    expect(change('a\uD83D', 'a😀')).toEqual({ from: 1, to: 2, insert: '😀' })
  })

  it('replaces a stray second half by the whole emoji rather than adding its first half alone', () => {
    expect(change('\uDE00b', '😀b')).toEqual({ from: 0, to: 1, insert: '😀' })
  })

  it('removes a whole emoji rather than its first half when only its second half is left', () => {
    expect(change('😀b', '\uDE00b')).toEqual({ from: 0, to: 2, insert: '\uDE00' })
  })
})

import { describe, expect, it } from 'vitest'
import { changeBetween } from '../../shared/domain/text-diff'
import { applyChanges } from '../../shared/domain/text-edit'

/** Whether an offset falls between the two halves of a character outside the BMP (an emoji). */
const splitsAPair = (s: string, at: number) =>
  /[\uDC00-\uDFFF]/.test(s.charAt(at)) && /[\uD800-\uDBFF]/.test(s.charAt(at - 1))
/** Text made of whole characters only: no half of a surrogate pair on its own. */
const whole = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

describe('the change between two versions of a typed answer, around emoji', () => {
  it('replaces a whole emoji when two emoji differ only in their first half', () => {
    // 😀 is D83D DE00 and 🨀 is D83E DE00: the same low half at the end of both texts.
    expect(changeBetween('a😀', 'a🨀')).toEqual({ from: 1, to: 3, insert: '🨀' })
    expect(changeBetween('a😀b', 'a🨀b')).toEqual({ from: 1, to: 3, insert: '🨀' })
  })

  it('never starts or ends inside an emoji, and turns the one text into the other', () => {
    const pairs: [string, string][] = [
      ['a😀', 'a🨀'],
      ['AB😀', 'CD🨀'],
      ['😀', '🨀'],
      ['😀x', '🨀x'],
      ['x😀y', 'x🨀y'],
      ['a😀😀', 'a😀🨀'],
      ['a😀😀', 'a🨀😀'],
      ['😃 et 😀', '😃 et 🨀'],
      ['a😀b', 'a😃b'],
    ]
    for (const [before, after] of pairs) {
      const c = changeBetween(before, after)!
      const at = `${before} -> ${after}`
      expect(splitsAPair(before, c.from), at).toBe(false)
      expect(splitsAPair(before, c.to), at).toBe(false)
      expect(whole(c.insert), at).toBe(true)
      expect(applyChanges(before, [c]).text, at).toBe(after)
    }
  })
})

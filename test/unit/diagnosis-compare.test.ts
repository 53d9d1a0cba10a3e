import { describe, expect, it } from 'vitest'
import { gt, gte, lt, lte, mean, median, percent } from '../../shared/domain/diagnosis/compare'

describe('comparisons as the method makes them', () => {
  it('are false with no data, whatever the sign of the threshold', () => {
    for (const threshold of [-30, -0.3, 0, 15]) {
      expect([gte(null, threshold), lte(null, threshold), gt(null, threshold), lt(null, threshold)]).toEqual([
        false,
        false,
        false,
        false,
      ])
    }
  })

  it('read a value within 1e-9 of the threshold as the threshold', () => {
    expect([gte(15 - 1e-10, 15), lte(15 + 1e-10, 15), gt(15 + 1e-10, 15), lt(15 - 1e-10, 15)]).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect([gte(15 - 1e-8, 15), lte(15 + 1e-8, 15), gt(15 + 1e-8, 15), lt(15 - 1e-8, 15)]).toEqual([
      false,
      false,
      true,
      true,
    ])
  })

  it('compare zero as data', () => {
    expect([gte(0, 0), lte(0, 0), gt(0, -1), lt(0, 1)]).toEqual([true, true, true, true])
  })
})

describe('shares, medians and means', () => {
  it('gives a share in percent, none of an empty population', () => {
    expect(percent(1, 4)).toBe(25)
    expect(percent(0, 4)).toBe(0)
    expect(percent(0, 0)).toBeNull()
  })

  it('takes the middle value of an odd count, the mean of the two middle ones of an even count, in numeric order', () => {
    expect(median([10, 9, 1])).toBe(9)
    expect(median([0.5, 1, 0.25, 0.8])).toBeCloseTo(0.65, 12)
    expect(median([3])).toBe(3)
    expect(median([])).toBeNull()
  })

  it('averages, none of nothing', () => {
    expect(mean([70, 55])).toBe(62.5)
    expect(mean([])).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { IBM_2011 } from '../../shared/domain/diagnosis/ibm-benchmark'
import { idealismBand } from '../../shared/domain/diagnosis/idealism'
import { DEFAULT_DIAGNOSIS_SETTINGS as S } from '../../shared/domain/diagnosis-settings'
import { defaultCodes } from '../helpers/diagnosis-input'

/** DIAGNOSIS.md, section B: % of consumers giving the reason / % of executives believing it. */
const PUBLISHED: [string, number, number][] = [
  ['discounts', 61, 60],
  ['purchase', 55, 60],
  ['reviews', 53, 67],
  ['general_info', 53, 71],
  ['exclusive_info', 52, 68],
  ['learn_products', 51, 73],
  ['submit_opinion', 49, 69],
  ['customer_service', 37, 63],
  ['events', 34, 61],
  ['feel_connected', 33, 64],
  ['submit_ideas', 30, 63],
  ['community', 22, 61],
]

describe('the IBM 2011 benchmark', () => {
  it('holds the twelve reasons with the figures DIAGNOSIS.md gives', () => {
    expect(IBM_2011).toEqual(
      Object.fromEntries(PUBLISHED.map(([item, consumers, executives]) => [item, { consumers, executives }])),
    )
  })

  it('reads idealist on its own items: relational mean gap 32.3, pragmatic 14.3, II about +18', () => {
    const meanGap = (role: 'relational' | 'pragmatic') => {
      const items = defaultCodes()
        .filter((c) => c.idealism === role)
        .flatMap((c) => c.ibmItems)
      const gaps = items.map((i) => IBM_2011[i]!.executives - IBM_2011[i]!.consumers)
      return gaps.reduce((s, g) => s + g, 0) / gaps.length
    }
    expect(meanGap('relational')).toBeCloseTo(32.3, 1)
    expect(meanGap('pragmatic')).toBeCloseTo(14.3, 1)
    const ii = meanGap('relational') - meanGap('pragmatic')
    expect(ii).toBeCloseTo(18, 0)
    expect(idealismBand(ii, S.idealism)).toBe('idealist')
  })
})

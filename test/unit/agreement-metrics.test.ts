import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { percentAgreement, holsti } from '../../shared/domain/agreement/percent-agreement'
import { cohenChance, cohenKappa } from '../../shared/domain/agreement/cohen-kappa'
import { scottPi } from '../../shared/domain/agreement/scott-pi'
import { brennanPrediger } from '../../shared/domain/agreement/brennan-prediger'
import { krippendorffAlpha, unitsOf } from '../../shared/domain/agreement/krippendorff-alpha'
import { twoCoderTable } from '../../shared/domain/agreement/two-coder-table'
import { characterAgreement, characterCells, pooledCells } from '../../shared/domain/agreement/character-kappa'
import { jaccard, matchSegments } from '../../shared/domain/agreement/segment-matching'

/** A copy of ../shared/method/agreement-vectors.json, so that the tests need nothing outside the repo. */
const vectors = JSON.parse(readFileSync(new URL('../fixtures/agreement-vectors.json', import.meta.url), 'utf8')) as {
  vectors: ({ id: string } & Record<string, unknown>)[]
}
const vector = <T>(prefix: string) => vectors.vectors.find((v) => v.id.startsWith(prefix)) as unknown as T
const fraction = (f: string) => {
  const [n, d] = f.split('/').map(Number)
  return n! / d!
}
/** Exact fractions to 1e-9; the JSON's decimals are rounded to 6 places. */
const exact = (actual: number | null, f: string) => expect(Math.abs(actual! - fraction(f))).toBeLessThan(1e-9)
const sixPlaces = (actual: number | null, expected: number) => expect(Math.abs(actual! - expected)).toBeLessThan(5e-7)

interface V4 {
  coders: [string[], string[]]
  expect: Record<string, number | string | Record<string, number>>
}

describe('V4: two coders, twelve segments, four categories', () => {
  const v = vector<V4>('V4')
  const [a, b] = v.coders
  it('percent agreement 0.75', () => expect(percentAgreement(a, b)).toBe(0.75))
  it('Cohen chance from each coder’s own marginals, 0.298611', () =>
    sixPlaces(cohenChance(twoCoderTable(a, b)), v.expect.p_e as number))
  it('Cohen kappa exactly 65/101', () => exact(cohenKappa(a, b), v.expect.cohen_kappa_fraction as string))
  it('Scott pi 0.641791 from pooled marginals', () => sixPlaces(scottPi(a, b), v.expect.scott_pi as number))
  it('Krippendorff alpha exactly 44/67 with the coincidence marginals', () => {
    const r = krippendorffAlpha(unitsOf(v.coders))
    exact(r.alpha, v.expect.kripp_alpha_fraction as string)
    expect(Object.fromEntries(r.marginals)).toEqual(v.expect.coincidence_marginals)
  })
  it('Brennan-Prediger with four categories: pe = 1/4', () => exact(brennanPrediger(a, b), '2/3'))
  it('does not take chance as P(yes) x P(no)', () => expect(cohenChance(twoCoderTable(a, b))).not.toBeCloseTo(0.25, 3))
})

describe('V5: three coders with a missing value', () => {
  const v = vector<{ coders: (string | null)[][]; expect: Record<string, unknown> }>('V5')
  it('alpha exactly 299/435, 35 pairable values, the coincidence marginals', () => {
    const r = krippendorffAlpha(unitsOf(v.coders))
    exact(r.alpha, v.expect.kripp_alpha_fraction as string)
    expect(r.pairable).toBe(v.expect.pairable_values_n)
    expect(Object.fromEntries(r.marginals)).toEqual(v.expect.coincidence_marginals)
  })
})

describe('V6: character level (NVivo)', () => {
  const v = vector<{
    units_total: number
    both: number
    a_only: number
    b_only: number
    expect: Record<string, number | string>
  }>('V6')
  const cells = {
    both: v.both,
    aOnly: v.a_only,
    bOnly: v.b_only,
    neither: v.units_total - v.both - v.a_only - v.b_only,
  }
  const r = characterAgreement(cells)
  it('PA 0.85, EF1 15, EF2 765', () => {
    expect(r.percent).toBeCloseTo(v.expect.percent_agreement as number, 12)
    expect(r.ef1).toBeCloseTo(v.expect.EF1 as number, 12)
    expect(r.ef2).toBeCloseTo(v.expect.EF2 as number, 12)
  })
  it('kappa exactly 7/22', () => exact(r.kappa, v.expect.kappa_fraction as string))
  it('pooling sums the four cells', () =>
    expect(pooledCells([cells, cells])).toEqual({ both: 100, aOnly: 200, bOnly: 100, neither: 1600 }))
})

describe('V7: spans', () => {
  const v = vector<{
    doc_length: number
    coder_a_spans: [number, number][]
    coder_b_spans: [number, number][]
    expect: Record<string, number | string | number[]>
  }>('V7')
  const seg = ([start, end]: [number, number]) => ({ documentId: 'd', start, end })
  const a = v.coder_a_spans.map(seg)
  const b = v.coder_b_spans.map(seg)
  it('character cells 65 / 15 / 20 / 100, PA 0.825, kappa exactly 62/97', () => {
    const cells = characterCells(v.coder_a_spans, v.coder_b_spans, v.doc_length)
    expect(cells).toEqual({ both: 65, aOnly: 15, bOnly: 20, neither: 100 })
    const r = characterAgreement(cells)
    expect(r.percent).toBeCloseTo(0.825, 12)
    exact(r.kappa, v.expect.char_kappa_fraction as string)
  })
  it('Jaccard 0.8 and 0.5', () => {
    expect(jaccard(a[0]!, b[0]!)).toBeCloseTo(0.8, 12)
    expect(jaccard(a[1]!, b[1]!)).toBeCloseTo(0.5, 12)
  })
  it('theta 0.5: both matched, agreement 1, Holsti 1', () => {
    const m = matchSegments(a, b, 0.5)
    expect([m.matched.length, m.aOnly.length, m.bOnly.length]).toEqual([2, 0, 0])
    expect(m.agreement).toBe(1)
    expect(m.holsti).toBe(1)
  })
  it('theta 0.6: one matched, agreement 1/3, Holsti 1/2', () => {
    const m = matchSegments(a, b, 0.6)
    expect([m.matched.length, m.aOnly.length, m.bOnly.length]).toEqual([1, 1, 1])
    exact(m.agreement, '1/3')
    expect(m.holsti).toBe(0.5)
  })
})

describe('published vectors (Krippendorff 2011, “Computing Krippendorff’s alpha-reliability”)', () => {
  it('binary, two observers, ten units: alpha 0.095 (exactly 2/21)', () => {
    const r = krippendorffAlpha(
      unitsOf([
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ]),
    )
    expect(r.alpha!.toFixed(3)).toBe('0.095')
    exact(r.alpha, '2/21')
  })
  it('nominal, four observers, twelve units with missing values: alpha 0.743', () => {
    const _ = null
    const r = krippendorffAlpha(
      unitsOf([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
      ]),
    )
    expect(r.alpha!.toFixed(3)).toBe('0.743')
    expect(r.pairable).toBe(40)
  })
})

describe('edges', () => {
  it('alpha is undefined without variation or without a pairable value', () => {
    expect(
      krippendorffAlpha(
        unitsOf([
          [0, 0, 0],
          [0, 0, 0],
        ]),
      ).alpha,
    ).toBeNull()
    expect(
      krippendorffAlpha(
        unitsOf([
          [1, null],
          [null, 1],
        ]),
      ).alpha,
    ).toBeNull()
  })
  it('kappa is undefined when chance agreement is total, 1 when agreement is perfect', () => {
    expect(cohenKappa([1, 1], [1, 1])).toBeNull()
    expect(cohenKappa([1, 0, 1], [1, 0, 1])).toBe(1)
  })
  it('two coders with perfect binary agreement: alpha 1', () =>
    expect(
      krippendorffAlpha(
        unitsOf([
          [1, 0, 1, 0],
          [1, 0, 1, 0],
        ]),
      ).alpha,
    ).toBe(1))
  it('Holsti and percent agreement of nothing are NaN', () => {
    expect(holsti(0, 0, 0)).toBeNaN()
    expect(percentAgreement([], [])).toBeNaN()
  })
  it('segments in different documents never match', () =>
    expect(jaccard({ documentId: 'a', start: 0, end: 5 }, { documentId: 'b', start: 0, end: 5 })).toBe(0))
  it('matching is one-to-one, greedy by overlap', () => {
    const s = (start: number, end: number) => ({ documentId: 'd', start, end })
    const m = matchSegments([s(0, 10)], [s(0, 9), s(0, 10)], 0.5)
    expect(m.matched).toHaveLength(1)
    expect(m.matched[0]!.b).toEqual(s(0, 10))
    expect(m.bOnly).toEqual([s(0, 9)])
  })
  it('unequal unit lists are refused, saying how many each coder has', () =>
    expect(() => percentAgreement([1], [1, 2])).toThrow('two coders need the same units (1 and 2)'))
})

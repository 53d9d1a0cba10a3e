import { describe, expect, it } from 'vitest'
import { brennanPrediger } from '../../shared/domain/agreement/brennan-prediger'
import { characterAgreement, characterCells } from '../../shared/domain/agreement/character-kappa'
import { cohenChance, cohenKappa } from '../../shared/domain/agreement/cohen-kappa'
import { krippendorffAlpha, unitsOf } from '../../shared/domain/agreement/krippendorff-alpha'
import { holsti, percentAgreement } from '../../shared/domain/agreement/percent-agreement'
import { scottChance, scottPi } from '../../shared/domain/agreement/scott-pi'
import { chanceCorrected, twoCoderTable } from '../../shared/domain/agreement/two-coder-table'
import { segmentAgreementByCode } from '../../shared/domain/agreement/code-segments'
import { jaccard, matchSegments } from '../../shared/domain/agreement/segment-matching'

const seg = (start: number, end: number, documentId = 'd') => ({ documentId, start, end })

describe('chance-corrected coefficients on two coders', () => {
  // a: X X Y Y; b: X Y Y Z. po = 2/4; Cohen pe = (2*1 + 2*2 + 0*1) / 16 = 6/16.
  const a = ['X', 'X', 'Y', 'Y']
  const b = ['X', 'Y', 'Y', 'Z']
  it('Cohen: chance from each coder’s marginals, a category one coder never used counting 0', () => {
    expect(cohenChance(twoCoderTable(a, b))).toBe(6 / 16)
    expect(cohenKappa(a, b)).toBeCloseTo((0.5 - 6 / 16) / (1 - 6 / 16), 12)
  })
  it('Scott: chance from pooled marginals, ((m1 + m2) / 2N) squared', () => {
    // Pooled: X 3/8, Y 4/8, Z 1/8.
    const pe = (9 + 16 + 1) / 64
    expect(scottChance(twoCoderTable(a, b))).toBeCloseTo(pe, 12)
    expect(scottPi(a, b)).toBeCloseTo((0.5 - pe) / (1 - pe), 12)
    expect(scottPi([], [])).toBeNull()
  })
  it('Brennan-Prediger: pe = 1/q, q the categories used unless told', () => {
    expect(brennanPrediger(a, b)).toBeCloseTo((0.5 - 1 / 3) / (1 - 1 / 3), 12)
    expect(brennanPrediger(a, b, 2)).toBe(0)
    expect(brennanPrediger(a, b, 4)).toBeCloseTo((0.5 - 0.25) / 0.75, 12)
  })
  it('Brennan-Prediger is undefined with no unit or a single category', () => {
    expect(brennanPrediger([], [])).toBeNull()
    expect(brennanPrediger(['X', 'X'], ['X', 'X'])).toBeNull()
    expect(brennanPrediger(['X'], ['Y'], 1)).toBeNull()
    expect(brennanPrediger(['X'], ['X'], 0)).toBeNull()
    expect(brennanPrediger(['X', 'X'], ['X', 'X'], 2)).toBe(1)
  })
  it('is undefined when chance agreement is total or nothing was observed', () => {
    expect(chanceCorrected(1, 1)).toBeNull()
    expect(chanceCorrected(NaN, 0.5)).toBeNull()
    expect(chanceCorrected(0.5, 0.5)).toBe(0)
    expect(cohenKappa([], [])).toBeNull()
  })
  it('percent agreement counts equal values, Holsti 2A / (N1 + N2)', () => {
    expect(percentAgreement(a, b)).toBe(0.5)
    expect(holsti(2, 3, 1)).toBe(1)
    expect(holsti(1, 3, 1)).toBe(0.5)
  })
})

describe('Krippendorff’s alpha on ragged reliability data', () => {
  it('reads a coder’s missing trailing values as missing', () => {
    expect(unitsOf([[1, 2, 3], [1]])).toEqual([
      [1, 1],
      [2, null],
      [3, null],
    ])
    expect(unitsOf([])).toEqual([])
  })
  it('drops units with a single value, and weighs a unit of m values by 1/(m - 1)', () => {
    // Units: (0, 1, 1) and (0, 0) and (1); the last is dropped.
    const r = krippendorffAlpha([
      [0, 1, 1],
      [0, 0, null],
      [1, null, null],
    ])
    expect(r.pairable).toBe(5)
    expect(Object.fromEntries(r.marginals)).toEqual({ 0: 3, 1: 2 })
    // o(0,1) = o(1,0) = 2 / (3 - 1) = 1; alpha = 1 - (5 - 1) * 2 / (2 * 3 * 2) = 1/3.
    expect(r.alpha).toBeCloseTo(1 / 3, 12)
  })
})

describe('character level (NVivo)', () => {
  it('clips spans to the document and counts overlapping spans of one coder once', () => {
    expect(
      characterCells(
        [
          [-5, 4],
          [2, 6],
        ],
        [[8, 50]],
        10,
      ),
    ).toEqual({ both: 0, aOnly: 6, bOnly: 2, neither: 2 })
    expect(characterCells([[0, 10]], [[0, 10]], 10)).toEqual({ both: 10, aOnly: 0, bOnly: 0, neither: 0 })
  })
  it('has no kappa when chance agreement is the whole document', () => {
    expect(characterAgreement({ both: 10, aOnly: 0, bOnly: 0, neither: 0 })).toEqual({
      percent: 1,
      ef1: 10,
      ef2: 0,
      kappa: null,
    })
    const empty = characterAgreement({ both: 0, aOnly: 0, bOnly: 0, neither: 0 })
    expect(empty).toMatchObject({ ef1: 0, ef2: 0, kappa: null })
    expect(empty.percent).toBeNaN()
  })
  it('EF2 multiplies the characters each coder left uncoded', () => {
    // A coded 3 + 2, B coded 3 + 1, of 10: EF1 = 5 * 4 / 10 = 2, EF2 = 5 * 6 / 10 = 3.
    const r = characterAgreement({ both: 3, aOnly: 2, bOnly: 1, neither: 4 })
    expect([r.ef1, r.ef2, r.percent]).toEqual([2, 3, 0.7])
    expect(r.kappa).toBeCloseTo((7 - 5) / (10 - 5), 12)
  })
})

describe('segment matching', () => {
  it('Jaccard is 0 for segments that do not touch and for empty ones', () => {
    expect(jaccard(seg(0, 5), seg(5, 10))).toBe(0)
    expect(jaccard(seg(0, 5), seg(7, 10))).toBe(0)
    expect(jaccard(seg(3, 3), seg(3, 3))).toBe(0)
    expect(jaccard(seg(0, 10), seg(5, 15))).toBeCloseTo(5 / 15, 12)
  })
  it('matches a pair whose overlap is exactly theta, not one just under it, and never a disjoint pair', () => {
    expect(matchSegments([seg(0, 10)], [seg(5, 15)], 1 / 3).matched).toHaveLength(1)
    expect(matchSegments([seg(0, 10)], [seg(5, 15)], 1 / 3 + 1e-6).matched).toHaveLength(0)
    expect(matchSegments([seg(0, 5)], [seg(5, 10)], 0).matched).toHaveLength(0)
  })
  it('breaks ties by position, first segments first', () => {
    const m = matchSegments([seg(0, 10)], [seg(5, 15), seg(-5, 5)], 0.3)
    expect(m.matched.map((p) => [p.b, p.overlap])).toEqual([[seg(5, 15), 5 / 15]])
    const first = seg(0, 10)
    const second = seg(0, 10)
    const n = matchSegments([first, second], [seg(0, 10)], 0.5)
    expect(n.matched[0]!.a).toBe(first)
    expect(n.aOnly[0]).toBe(second)
  })
  it('agreement of nothing is NaN; Holsti counts each side’s segments', () => {
    expect(matchSegments([], []).agreement).toBeNaN()
    const m = matchSegments([seg(0, 10), seg(20, 30), seg(40, 50)], [seg(0, 10)])
    expect(m).toMatchObject({ agreement: 1 / 3, holsti: 0.5 })
  })
})

describe('segment matching per code between two coders', () => {
  const c = (coderId: string, codeKey: string, documentId: string, start: number, end: number) => ({
    coderId,
    codeKey,
    documentId,
    start,
    end,
  })
  it('reads only the documents both coded, only the two coders, each code apart, keys sorted', () => {
    const r = segmentAgreementByCode(
      [
        c('a', 'Z', 'd1', 0, 10),
        c('b', 'Z', 'd1', 0, 10),
        c('a', 'A', 'd1', 20, 30),
        c('a', 'A', 'd2', 0, 10),
        c('c', 'A', 'd1', 20, 30),
        c('b', 'M', 'd1', 40, 50),
      ],
      'a',
      'b',
    )
    expect([...r.keys()]).toEqual(['A', 'M', 'Z'])
    expect(r.get('Z')).toMatchObject({ agreement: 1, holsti: 1 })
    expect(r.get('A')!.aOnly).toEqual([c('a', 'A', 'd1', 20, 30)])
    expect(r.get('A')!.bOnly).toEqual([])
    expect(r.get('M')!.bOnly).toEqual([c('b', 'M', 'd1', 40, 50)])
    expect(r.get('M')!.aOnly).toEqual([])
  })
  it('does not take a document a third coder shared with one of them for a document both coded', () => {
    const r = segmentAgreementByCode(
      [c('a', 'X', 'd1', 0, 10), c('b', 'X', 'd1', 0, 10), c('a', 'X', 'd2', 0, 10), c('c', 'X', 'd2', 0, 10)],
      'a',
      'b',
    )
    expect(r.get('X')).toMatchObject({ aOnly: [], bOnly: [], agreement: 1 })
    const s = segmentAgreementByCode(
      [c('a', 'X', 'd1', 0, 10), c('b', 'X', 'd1', 0, 10), c('b', 'X', 'd3', 0, 5)],
      'a',
      'b',
    )
    expect(s.get('X')).toMatchObject({ aOnly: [], bOnly: [], agreement: 1 })
  })

  it('uses the theta given', () => {
    const codings = [c('a', 'X', 'd', 0, 10), c('b', 'X', 'd', 5, 15)]
    expect(segmentAgreementByCode(codings, 'a', 'b').get('X')!.matched).toHaveLength(0)
    expect(segmentAgreementByCode(codings, 'a', 'b', 0.3).get('X')!.matched).toHaveLength(1)
  })
})

import { describe, expect, it } from 'vitest'
import { alphaByCode, answerUnitsAgreement, type UnitCoding } from '../../shared/domain/agreement/answer-units'

/** Codings written as "document:coder:key". */
const codings = (...specs: string[]): UnitCoding[] =>
  specs.map((s) => {
    const [documentId, coderId, codeKey] = s.split(':') as [string, string, string]
    return { documentId, coderId, codeKey }
  })

describe('answer units: a unit is a document at least two of the compared coders coded', () => {
  it('leaves out a document only one coder coded, and the codings of coders not asked for', () => {
    const r = answerUnitsAgreement(codings('d1:a:X', 'd1:b:X', 'd2:a:X', 'd3:a:X', 'd3:c:X'), ['a', 'b'])
    expect(r.units).toEqual(['d1'])
    expect(r.coderIds).toEqual(['a', 'b'])
    expect(r.codes).toEqual([expect.objectContaining({ key: 'X', units: 1, applied: 2, percent: 1 })])
  })

  it('lists the compared coders in the order asked, without those who share no unit', () => {
    const r = answerUnitsAgreement(codings('d1:a:X', 'd1:b:X', 'd2:c:X'), ['c', 'b', 'a'])
    expect(r.coderIds).toEqual(['b', 'a'])
  })

  it('says nothing with no shared document', () => {
    expect(answerUnitsAgreement(codings('d1:a:X', 'd2:b:X'), ['a', 'b'])).toEqual({
      coderIds: [],
      units: [],
      codes: [],
      meanAlpha: null,
    })
  })

  it('gives one row per key, sorted, with a code not applied on a unit read as 0', () => {
    const r = answerUnitsAgreement(
      codings('d1:a:Z', 'd1:b:Z', 'd1:a:A', 'd2:a:Z', 'd2:b:A', 'd3:a:Z', 'd3:b:Z', 'd4:a:Z', 'd4:b:A'),
      ['a', 'b'],
    )
    expect(r.codes.map((c) => c.key)).toEqual(['A', 'Z'])
    const [a, z] = r.codes
    // A: a = 1,0,0,0 and b = 0,1,0,1: one agreement (d3) of four.
    expect(a).toMatchObject({ units: 4, applied: 3, percent: 0.25 })
    // Z: a = 1,1,1,1 and b = 1,0,1,0.
    expect(z).toMatchObject({ units: 4, applied: 6, percent: 0.5, kappa: 0 })
    expect(z!.kappaBand).toBe('slight')
  })

  it('computes kappa for two coders only, alpha for three with a missing value', () => {
    // Unit d1: 1,1,1; unit d2: 1,0 and c missing; units d3, d4: 0,0,0.
    const three = codings(
      'd1:a:X',
      'd1:b:X',
      'd1:c:X',
      'd2:a:X',
      'd2:b:Y',
      'd3:a:Y',
      'd3:b:Y',
      'd3:c:Y',
      'd4:a:Y',
      'd4:b:Y',
      'd4:c:Y',
    )
    const r = answerUnitsAgreement(three, ['a', 'b', 'c'])
    const x = r.codes.find((c) => c.key === 'X')!
    expect(x.kappa).toBeNull()
    expect(x.kappaBand).toBeNull()
    expect(x.applied).toBe(4)
    expect(x.percent).toBe(0.75)
    // n1 = 4, n0 = 7, n = 11; one unit with m = 2 disagrees: o(1,0) = o(0,1) = 1.
    expect(x.alpha).toBeCloseTo(1 - (10 * 2) / (2 * 4 * 7), 12)
    expect(x.alphaBand).toBe('unreliable')
  })

  it('counts a unit as agreed when every coder who coded it agrees, one coder missing', () => {
    // d1: a and b apply X, c did not code d1; d2: all three coded it, none applied X.
    const r = answerUnitsAgreement(codings('d1:a:X', 'd1:b:X', 'd2:a:Y', 'd2:b:Y', 'd2:c:Y'), ['a', 'b', 'c'])
    expect(r.codes.find((c) => c.key === 'X')).toMatchObject({ units: 2, applied: 2, percent: 1, alpha: 1 })
  })

  it('averages the defined alphas only, and gives the gate only those', () => {
    // X: perfect (alpha 1); Y: applied by everyone everywhere (no variation, alpha undefined).
    const r = answerUnitsAgreement(codings('d1:a:X', 'd1:a:Y', 'd1:b:X', 'd1:b:Y', 'd2:a:Y', 'd2:b:Y'), ['a', 'b'])
    expect(r.codes.map((c) => [c.key, c.alpha, c.alphaBand])).toEqual([
      ['X', 1, 'reliable'],
      ['Y', null, null],
    ])
    expect(r.meanAlpha).toBe(1)
    expect(alphaByCode(r)).toEqual({ X: 1 })
  })

  it('averages the alphas of several codes as their plain mean', () => {
    // W and X: perfect (alpha 1); Z: a = 1,0,0 and b = 0,0,0: n1 = 1, n0 = 5, alpha = 1 - 5 * 2 / (2 * 5) = 0.
    const r = answerUnitsAgreement(codings('d1:a:X', 'd1:b:X', 'd1:a:Z', 'd2:a:W', 'd2:b:W', 'd3:a:W', 'd3:b:W'), [
      'a',
      'b',
    ])
    expect(r.codes.map((c) => c.key)).toEqual(['W', 'X', 'Z'])
    expect(r.codes.find((c) => c.key === 'Z')!.alpha).toBeCloseTo(0, 12)
    expect(r.meanAlpha).toBeCloseTo(2 / 3, 12)
    expect(alphaByCode(r)).toEqual({ W: 1, X: 1, Z: r.codes[2]!.alpha })
  })
})

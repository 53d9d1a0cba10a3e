import { describe, expect, it } from 'vitest'
import { alphaBand, kappaBand } from '../../shared/domain/agreement/agreement-bands'

describe('Landis & Koch bands, half-open intervals', () => {
  it.each([
    [-0.01, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.2000001, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.8000001, 'almostPerfect'],
    [1, 'almostPerfect'],
    [65 / 101, 'substantial'],
  ] as const)('kappa %s is %s', (k, band) => expect(kappaBand(k)).toBe(band))
  it('reads a boundary computed a hair off as the boundary', () => expect(kappaBand(0.2 + 1e-12)).toBe('slight'))
  it.each([
    [-1e-9, 'slight'],
    [0.2 + 1e-9, 'slight'],
    [0.4 + 1e-9, 'fair'],
    [0.6 + 1e-9, 'moderate'],
    [0.8 + 1e-9, 'substantial'],
  ] as const)('kappa %s, within the 1e-9 tolerance of a bound, is %s', (k, band) => expect(kappaBand(k)).toBe(band))
})

describe('Krippendorff bands', () => {
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.8 - 1e-10, 'reliable'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    [0.667 - 1e-10, 'tentative'],
    [0.6669, 'unreliable'],
    [44 / 67, 'unreliable'],
    [-0.5, 'unreliable'],
  ] as const)('alpha %s is %s', (a, band) => expect(alphaBand(a)).toBe(band))
  it.each([
    [0.8 - 1e-9, 'reliable'],
    [0.667 - 1e-9, 'tentative'],
  ] as const)('alpha %s, within the 1e-9 tolerance of a bound, is %s', (a, band) => expect(alphaBand(a)).toBe(band))
  it('V4 reads substantial under kappa and below tentative under alpha', () => {
    expect(kappaBand(65 / 101)).toBe('substantial')
    expect(alphaBand(44 / 67)).toBe('unreliable')
  })
})

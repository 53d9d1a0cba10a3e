import { describe, expect, it } from 'vitest'
import { shadeOf } from '../../shared/domain/colour'
import { DEFAULT_DIAGNOSIS_SETTINGS, resolveDiagnosisSettings } from '../../shared/domain/diagnosis-settings'
import { SeededRandom } from '../../electron/core/demo/seeded-random'

describe('code colours', () => {
  it('keep the family colour for the first code and lighten the next ones', () => {
    expect(shadeOf('#2e7d32', 0, 3)).toBe('#2E7D32')
    const second = shadeOf('#2E7D32', 1, 3)
    const third = shadeOf('#2E7D32', 2, 3)
    const light = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16)
    expect(light(second)).toBeGreaterThan(light('#2E7D32'))
    expect(light(third)).toBeGreaterThan(light(second))
    expect(third).toMatch(/^#[0-9A-F]{6}$/)
  })
})

describe('diagnosis settings', () => {
  it('default to the thresholds of DIAGNOSIS.md', () => {
    const s = resolveDiagnosisSettings({})
    expect(s.floors).toEqual({ group: 5, leadership: 3, hypothesis: 3 })
    expect(s.pragmatism).toMatchObject({ pragmaticAt: 0.65, relationalAt: 0.35, minEvidence: 3, groupShare: 60 })
    expect(s.perceptionGap).toEqual({ notableAt: 15, majorAt: 30 })
    expect(s.idealism).toEqual({ idealistAt: 15, leaningAt: 5, blindSpotAt: -5 })
    expect(s.capPerCode).toBe(3)
    expect(s.hypothesisPopulation).toBe('leadership')
  })

  it('take the values an engagement changed and ignore unknown or ill-typed ones', () => {
    const s = resolveDiagnosisSettings({ floors: { group: 6, bogus: 1 }, capPerCode: 'three', unknown: true })
    expect(s.floors).toEqual({ group: 6, leadership: 3, hypothesis: 3 })
    expect(s.capPerCode).toBe(3)
    expect('unknown' in s).toBe(false)
    expect(resolveDiagnosisSettings(null)).toEqual(DEFAULT_DIAGNOSIS_SETTINGS)
  })
})

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new SeededRandom(7)
    const b = new SeededRandom(7)
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()))
  })

  it('samples distinct items in their original order', () => {
    const r = new SeededRandom(1)
    const s = r.sample(['a', 'b', 'c', 'd', 'e'], 3)
    expect(new Set(s).size).toBe(3)
    expect([...s].sort()).toEqual(s)
    expect(r.sample(['a'], 3)).toEqual(['a'])
  })
})

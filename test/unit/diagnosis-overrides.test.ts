import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import {
  applyOverrides,
  bandsOf,
  MEASURE_OF_TRIGGER_VALUE,
  overridableMeasures,
  overrideOn,
  type Overridden,
} from '../../shared/domain/diagnosis/overrides'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

/** Employees finding things, leaders believing in belonging, some strain, one community card. */
function diagnosis() {
  const b = new DiagnosisInputBuilder()
  for (const e of b.many('employee', 5))
    b.excerpts(e, 'OUT.FIND', 3)
      .excerpt(e, 'ATT.OVL', { valence: '-' })
      .excerpt(e, 'RH.POL', { valence: '-' })
      .excerpt(e, 'MGT.PRA', { valence: '+' })
      .excerpt(e, 'EXE.UC')
  for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
  b.collective('community', [0, 0, 0, 0, 0])
  return diagnose(b.build())
}
const overrideOf = (x: object | undefined) => (x as Overridden).override
const because = (measure: string, band = 'forced') => ({ measure, band, reason: `Seen on site (${measure}).` })

describe('a consultant’s override of a band', () => {
  it('can be laid on every company measure, the computed band kept beside it', () => {
    const d = diagnosis()
    const names = ['idealismIndex', 'collectives', 'executionMaturity', 'attentionLoad'] as const
    const o = applyOverrides(
      d,
      names.map((m) => because(m)),
      [],
    )
    for (const m of names)
      expect(o[m]).toMatchObject({
        band: d[m].band,
        override: { band: 'forced', computedBand: d[m].band, reason: `Seen on site (${m}).` },
      })
    expect(d.idealismIndex.band).toBe('idealist')
  })

  it('can be laid on an enabler, a group’s pragmatism and one perception-gap row', () => {
    const d = diagnosis()
    const o = applyOverrides(
      d,
      [
        because('enablers.RH.POL'),
        because('pragmatism.employee'),
        because('perceptionGap.employee.APP.BEL', 'notable'),
      ],
      [],
    )
    expect(overrideOf(o.enablers['RH.POL'])).toEqual({
      band: 'forced',
      computedBand: 'barrier',
      reason: expect.any(String),
    })
    expect(o.enablers['MGT.PRA']).not.toHaveProperty('override')
    expect(overrideOf(o.pragmatism.byGroup.employee)).toMatchObject({ computedBand: 'pragmatic' })
    expect(o.pragmatism.byGroup.manager).not.toHaveProperty('override')
    const rows = o.perceptionGap.employee
    expect(overrideOf(rows.find((r) => r.code === 'APP.BEL'))).toMatchObject({ band: 'notable', computedBand: 'major' })
    expect(rows.find((r) => r.code === 'OUT.FIND')).not.toHaveProperty('override')
  })

  it('leaves the computed diagnosis untouched, and ignores a name it does not know', () => {
    const d = diagnosis()
    const before = structuredClone(d)
    const names = [
      'enablers.NO.SUCH',
      'pragmatism.board',
      'perceptionGap.employee.NO.SUCH',
      'perceptionGap.board.X',
      'bogus',
    ]
    const o = applyOverrides(d, [because('idealismIndex'), ...names.map((m) => because(m))], [])
    expect(d).toEqual(before)
    // Beside the band itself, only the recommendations that read the index say it was overridden.
    const recommendations = o.recommendations.map(({ overridden: _, ...r }) => r)
    expect({ ...o, idealismIndex: d.idealismIndex, recommendations }).toEqual(before)
  })
})

describe('a consultant’s decision on a recommendation', () => {
  it('is kept on that recommendation only', () => {
    const d = diagnosis()
    const text = { fr: 'Recentrer sur les cas d’usage.', en: null }
    const o = applyOverrides(d, [], [{ recommendation: 'R1', decision: 'edited', text, reason: 'Wording.' }])
    expect(o.recommendations.find((r) => r.id === 'R1')!.decision).toEqual({
      decision: 'edited',
      text,
      reason: 'Wording.',
    })
    expect(o.recommendations.filter((r) => r.decision)).toHaveLength(1)
    expect(d.recommendations.find((r) => r.id === 'R1')).not.toHaveProperty('decision')
  })
})

describe('an overridden measure that a recommendation’s trigger reads', () => {
  it('is listed beside the trigger, which still reads the measured value', () => {
    const d = diagnosis()
    const o = applyOverrides(d, [because('attentionLoad', 'low'), because('enablers.RH.POL', 'enabler')], [])
    for (const r of o.recommendations) {
      const before = d.recommendations.find((x) => x.id === r.id)!
      expect({ triggered: r.triggered, values: r.values }).toEqual({
        triggered: before.triggered,
        values: before.values,
      })
    }
    const overriddenIn = (id: string) => o.recommendations.find((r) => r.id === id)!.overridden
    expect(overriddenIn('R4')).toEqual([
      {
        measure: 'attentionLoad',
        band: 'low',
        computedBand: d.attentionLoad.band,
        reason: 'Seen on site (attentionLoad).',
      },
    ])
    expect(overriddenIn('R3')!.map((x) => x.measure)).toEqual(['attentionLoad'])
    expect(overriddenIn('R11')!.map((x) => x.measure)).toEqual(['enablers.RH.POL'])
    expect(overriddenIn('R10')).toBeUndefined()
    expect(overriddenIn('R2')).toBeUndefined()
  })

  it('is known for every value a trigger reads that names a measure (a renamed value fails here)', () => {
    const read = new Set(diagnosis().recommendations.flatMap((r) => Object.keys(r.values)))
    for (const [value, measure] of Object.entries(MEASURE_OF_TRIGGER_VALUE)) {
      expect(read.has(value), value).toBe(true)
      expect(bandsOf(measure), measure).not.toEqual([])
    }
  })
})

describe('the measures a band can be overridden on', () => {
  it('are each found by their name, with the bands a consultant may choose', () => {
    const d = diagnosis()
    const names = overridableMeasures(d)
    expect(names).toEqual(expect.arrayContaining(['attentionLoad', 'enablers.MGT.PRA', 'pragmatism.customer']))
    expect(names).toContain('perceptionGap.employee.OUT.FIND')
    for (const m of names) {
      expect(bandsOf(m).length, m).toBeGreaterThan(1)
      const [band] = bandsOf(m)
      expect(overrideOn(applyOverrides(d, [because(m, band)], []), m), m).toMatchObject({ band })
    }
    expect(bandsOf('bogus')).toEqual([])
    expect(overrideOn(d, 'attentionLoad')).toBeUndefined()
  })
})

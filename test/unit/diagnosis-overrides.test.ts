import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { applyOverrides, type Overridden } from '../../shared/domain/diagnosis/overrides'
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
    expect({ ...o, idealismIndex: d.idealismIndex }).toEqual(before)
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

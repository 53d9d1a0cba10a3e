import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

describe('codings a measure leaves out for their valence', () => {
  it('are counted for the attention load: its people’s ATT.* codings that are not negative, by code and valence', () => {
    const b = new DiagnosisInputBuilder()
    // Overload coded in a hurry, sub-codes included, beside one real complaint.
    b.codes.push({
      ...b.codes.find((c) => c.key === 'ATT.OVL')!,
      id: 'code:ATT.OVL.MAIL',
      key: 'ATT.OVL.MAIL',
      parentId: 'code:ATT.OVL',
    })
    const [e1, e2, e3, e4, e5] = b.many('employee', 5)
    const [m1] = b.many('manager', 1)
    const [l1] = b.many('leadership', 3)
    b.excerpts(e1!, 'ATT.OVL', 2).excerpt(e2!, 'ATT.OVL').excerpt(e3!, 'ATT.FRAG', { valence: '+' })
    b.excerpt(e4!, 'ATT.OVL', { valence: '-' }).excerpt(m1!, 'ATT.OVL.MAIL')
    // Not the measure's: a leader's overload, an attribution, another code.
    b.excerpt(l1!, 'ATT.OVL').attribute(e5!, 'employee', 'ATT.OVL').excerpt(e5!, 'OUT.FIND')
    const al = diagnose(b.build()).attentionLoad
    expect(al).toMatchObject({ value: (100 * 1) / 6, band: 'low', count: 1, n: 6 })
    expect(al.ignored).toEqual([
      { code: 'ATT.FRAG', valence: '+', count: 1 },
      { code: 'ATT.OVL', valence: '0', count: 3 },
      { code: 'ATT.OVL.MAIL', valence: '0', count: 1 },
    ])
  })

  it('say why a zero is a zero: every overload coded neutral, nothing counted', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'ATT.OVL')
    const al = diagnose(b.build()).attentionLoad
    expect(al).toMatchObject({ value: 0, band: 'low' })
    expect(al.ignored).toEqual([{ code: 'ATT.OVL', valence: '0', count: 5 }])
    const none = new DiagnosisInputBuilder()
    for (const e of none.many('employee', 5)) none.excerpt(e, 'ATT.OVL', { valence: '-' })
    expect(diagnose(none.build()).attentionLoad.ignored).toEqual([])
  })

  it('are counted for each enabler: the neutral codings among the capped excerpts its net valence reads', () => {
    const b = new DiagnosisInputBuilder()
    const [e1, e2, e3, e4] = b.many('employee', 5)
    b.excerpt(e1!, 'RH.POL', { valence: '+' }).excerpt(e2!, 'RH.POL').excerpt(e3!, 'RH.POL', { valence: '-' })
    // Five neutral excerpts of one respondent: the cap keeps three, the others were never read.
    b.excerpts(e4!, 'RH.POL', 5)
    b.excerpt(e1!, 'MGT.PRA', { valence: '-' })
    const d = diagnose(b.build())
    expect(d.enablers['RH.POL']).toMatchObject({ nv: 0, positive: 1, negative: 1 })
    expect(d.enablers['RH.POL'].ignored).toEqual([{ code: 'RH.POL', valence: '0', count: 4 }])
    expect(d.enablers['MGT.PRA'].ignored).toEqual([])
  })
})

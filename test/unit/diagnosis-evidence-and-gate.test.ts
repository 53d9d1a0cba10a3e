import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import type { Diagnosis } from '../../shared/domain/diagnosis/result'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

const rec = (d: Diagnosis, id: string) => d.recommendations.find((r) => r.id === id)!

/** Five employees and three leaders, each code of the set coded by every employee. */
function study(alpha: Record<string, number>, ...keys: string[]) {
  const b = new DiagnosisInputBuilder()
  for (const e of b.many('employee', 5)) for (const k of keys) b.excerpt(e, k, { valence: '-' })
  for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
  return diagnose(b.alphas(alpha).build())
}

describe('reliability gate: which measure a code’s alpha marks', () => {
  it('marks each measure its codes feed, by the lowest alpha among them', () => {
    const d = study(
      { 'OUT.FIND': 0.9, 'APP.BEL': 0.5, 'ATT.OVL': 0.7, 'RH.POL': 0.6, 'DIR.PRAG': 0.7 },
      'OUT.FIND',
      'ATT.OVL',
      'RH.POL',
      'DIR.PRAG',
    )
    expect(d.reliability).toEqual({
      pragmatism: 'unreliable',
      idealismIndex: 'unreliable',
      attentionLoad: 'tentative',
      'enablers.RH.POL': 'unreliable',
      executionMaturity: 'tentative',
      'perceptionGap.APP.BEL': 'unreliable',
      'perceptionGap.ATT.OVL': 'tentative',
      'perceptionGap.RH.POL': 'unreliable',
      'perceptionGap.DIR.PRAG': 'tentative',
    })
  })

  it('marks a measure through a code with an idealism role only, and an execution measure through EXE', () => {
    const d = study({ 'COL.COP': 0.7, 'EXE.UC': 0.5, 'MGT.PRA': 0.5 }, 'OUT.FIND', 'COL.COP', 'EXE.UC', 'MGT.PRA')
    expect(d.reliability).toMatchObject({
      idealismIndex: 'tentative',
      executionMaturity: 'unreliable',
      'enablers.MGT.PRA': 'unreliable',
      'perceptionGap.COL.COP': 'tentative',
    })
    expect(d.reliability).not.toHaveProperty('pragmatism')
  })

  it('marks the idealism index through a theme that is pragmatic for it alone (CLI.VAL)', () => {
    const b = new DiagnosisInputBuilder()
    for (const c of b.many('customer', 5)) b.excerpt(c, 'CLI.VAL')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'customer', 'CLI.CONN')
    const d = diagnose(b.alphas({ 'CLI.VAL': 0.5 }).build())
    expect(d.idealismIndex.value).toBe(200)
    expect(d.reliability).toEqual({ idealismIndex: 'unreliable', 'perceptionGap.CLI.VAL': 'unreliable' })
  })

  it('marks neither the pragmatism index nor execution maturity when their codes were never coded', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'RH.POL', { valence: '-' })
    const d = diagnose(b.alphas({ 'OUT.FIND': 0.1, 'EXE.UC': 0.1, 'DIR.PRAG': 0.1 }).build())
    expect([d.pragmatism.byGroup.employee.label, d.executionMaturity.value]).toEqual([null, null])
    expect(d.reliability).toEqual({})
    expect(rec(d, 'R0')).toMatchObject({ triggered: false, values: { lowestAlpha: null } })
  })

  it('marks nothing a measure that is not shown, nor on a code whose alpha was not measured', () => {
    const d = study({ 'ATT.FRAG': 0.1, 'RH.POL': 0.1 }, 'OUT.FIND')
    expect(d.reliability).toEqual({})
    expect(rec(d, 'R0')).toMatchObject({ triggered: false, values: { groupsUnderFloor: '', lowestAlpha: null } })
  })

  it('marks no perception-gap row without a gap (no leaders), while the index its code feeds is marked', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpts(e, 'OUT.FIND', 3)
    expect(diagnose(b.alphas({ 'OUT.FIND': 0.1 }).build()).reliability).toEqual({ pragmatism: 'unreliable' })
  })

  it('reads an alpha within 1e-9 of a bound as the bound', () => {
    expect(study({ 'OUT.FIND': 0.667 - 1e-10 }, 'OUT.FIND').reliability.pragmatism).toBe('tentative')
    expect(study({ 'OUT.FIND': 0.8 - 1e-10 }, 'OUT.FIND').reliability.pragmatism).toBeUndefined()
    expect(study({ 'OUT.FIND': 0.667 - 1e-8 }, 'OUT.FIND').reliability.pragmatism).toBe('unreliable')
    expect(rec(study({ 'OUT.FIND': 0.667 - 1e-10 }, 'OUT.FIND'), 'R0').triggered).toBe(false)
    expect(rec(study({ 'OUT.FIND': 0.667 - 1e-8 }, 'OUT.FIND'), 'R0').triggered).toBe(true)
  })
})

describe('R0: qualify the findings', () => {
  it('names the groups under their floor, in the method’s order, and the lowest alpha of a shown measure', () => {
    const b = new DiagnosisInputBuilder()
    for (const l of b.many('leadership', 2)) b.attribute(l, 'employee', 'APP.BEL')
    for (const e of b.many('employee', 4)) b.excerpt(e, 'OUT.FIND')
    b.respondent('customer', 'away', false)
    const d = diagnose(b.alphas({ 'OUT.FIND': 0.7, 'APP.BEL': 0.75, 'ATT.OVL': 0.2 }).build())
    expect(rec(d, 'R0')).toMatchObject({
      triggered: true,
      evaluable: true,
      values: { groupsUnderFloor: 'employee,leadership', lowestAlpha: 0.7 },
      supporting: [],
      counterCount: 0,
    })
  })

  it('is evaluated even on an empty engagement', () => {
    const d = diagnose(new DiagnosisInputBuilder().build())
    expect(rec(d, 'R0')).toMatchObject({ evaluable: true, triggered: false })
    expect(d.recommendations.filter((r) => r.evaluable).map((r) => r.id)).toEqual(['R0'])
  })
})

describe('a recommendation’s quotes and counter-evidence', () => {
  it('quotes the highest-intensity excerpts first, then in document order, at most eight, uncapped', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpts(e!, 'OUT.FIND', 5)
    b.excerpt(f!, 'OUT.FIND', { intensity: 2 }).excerpt(f!, 'OUT.FIND', { intensity: 3 })
    b.excerpts(f!, 'OUT.FIND', 3, { intensity: 1 })
    const input = b.build()
    const r2 = rec(diagnose(input), 'R2')
    expect(r2.supporting.map((x) => x.start)).toEqual([60, 50, 70, 80, 90, 0, 10, 20])
    expect(r2.supporting[0]).toEqual({ documentId: `doc:${f}`, start: 60, end: 65, respondentId: f })
  })

  it('takes an excerpt’s intensity as the highest of all its codings, whichever code it is quoted for', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'OUT.FIND', { intensity: 2 }).excerpt(e!, 'OUT.FIND', { intensity: 1 })
    const input = b.build()
    input.codings.push({ ...input.codings[1]!, id: 'eff', codeId: 'code:OUT.EFF', intensity: 3 })
    expect(rec(diagnose(input), 'R2').supporting.map((x) => x.start)).toEqual([10, 0])
  })

  it('orders equal intensities by document, then by start, across respondents too', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    // f's passage comes first in its interview, e's later: f is quoted first.
    b.excerpt(f!, 'OUT.FIND').excerpt(e!, 'OUT.FIND')
    expect(rec(diagnose(b.build()), 'R2').supporting.map((x) => x.respondentId)).toEqual([f, e])
    // At the same place, f's passage is in their first document, e's in their second.
    const input = b.build()
    input.codings[0]!.start = input.codings[1]!.start
    input.codings[0]!.end = input.codings[1]!.end
    input.codings[1]!.documentOrder = 1
    expect(rec(diagnose(input), 'R2').supporting.map((x) => x.respondentId)).toEqual([f, e])
  })

  it('orders equal intensities by document, then by start', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpts(e!, 'OUT.FIND', 3)
    const input = b.build()
    input.codings[0]!.documentOrder = 2
    input.codings[1]!.documentOrder = 1
    expect(rec(diagnose(input), 'R2').supporting.map((x) => x.start)).toEqual([20, 10, 0])
  })

  it('quotes negative attention excerpts of staff for R4, and counts positive ones against it', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    const [m] = b.many('manager', 5)
    b.excerpt(e!, 'ATT.OVL', { valence: '-' }).excerpt(m!, 'ATT.FRAG', { valence: '-' })
    b.excerpt(e!, 'ATT.OVL', { valence: '+' }).excerpt(m!, 'ATT.OVL', { valence: '0' })
    b.excerpt(b.respondent('customer'), 'ATT.OVL', { valence: '+' })
    const r4 = rec(diagnose(b.build()), 'R4')
    expect(r4.supporting.map((x) => x.respondentId).sort()).toEqual([e, m].sort())
    expect(r4.counterCount).toBe(1)
  })

  it('counts for R1 the relational excerpts of employees against it', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpts(e!, 'OUT.FIND', 2).excerpts(f!, 'APP.BEL', 4).excerpt(f!, 'APP.REC')
    b.excerpt(b.respondent('manager'), 'APP.BEL')
    const r1 = rec(diagnose(b.build()), 'R1')
    expect(r1.supporting.map((x) => x.respondentId)).toEqual([e, e])
    expect(r1.counterCount).toBe(5)
  })
})

describe('what each trigger reads when data is missing', () => {
  it('R6 reads no collective as no data, and only linked codings that feed the diagnosis', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    expect(rec(diagnose(b.build()), 'R6').values.genuineCommunityWithPositiveEvidence).toBeNull()
    b.collective('community', [1, 1, 1, 1, 0])
    const input = b.build()
    input.collectives[0]!.evidenceCodingIds.push('gone')
    expect(rec(diagnose(input), 'R6')).toMatchObject({
      triggered: false,
      values: { genuineCommunityWithPositiveEvidence: false, expressedFind: 100 },
    })
  })

  it('R6 needs a genuine community: a hybrid with positive evidence does not fire it', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    b.collective('community', [1, 1, 1, 0, 0], ['+'])
    expect(rec(diagnose(b.build()), 'R6').values.genuineCommunityWithPositiveEvidence).toBe(false)
    b.collective('community', [1, 1, 1, 1, 0], ['+'])
    expect(rec(diagnose(b.build()), 'R6')).toMatchObject({ triggered: true })
  })

  it('R7 has no value lead when either side has no data', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('customer', 5)[0]!, 'CLI.VAL')
    expect(rec(diagnose(b.build()), 'R7').values).toEqual({ gapConnection: null, valueLead: null })
    expect(rec(diagnose(b.build()), 'R7').evaluable).toBe(false)
    const c = new DiagnosisInputBuilder()
    c.excerpt(c.many('customer', 5)[0]!, 'CLI.CONN')
    expect(rec(diagnose(c.build()), 'R7').values).toEqual({ gapConnection: null, valueLead: null })
  })

  it('R7 reads the value side when only some of its codes were coded', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 5)
    b.excerpt(c[0]!, 'CLI.VAL').excerpt(c[1]!, 'CLI.VAL').excerpt(c[2]!, 'CLI.VAL').excerpt(c[3]!, 'CLI.CONN')
    expect(rec(diagnose(b.build()), 'R7')).toMatchObject({ triggered: true, values: { valueLead: 40 } })
  })

  it('R6 fires on a genuine community with one positive linked excerpt among others', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    b.collective('community', [1, 1, 1, 1, 0], ['-', '+', '0'])
    expect(rec(diagnose(b.build()), 'R6')).toMatchObject({
      triggered: true,
      values: { genuineCommunityWithPositiveEvidence: true },
    })
  })

  it('R8 reads the share of negative service excerpts; none without a service excerpt', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 5)
    b.excerpt(c[0]!, 'CLI.TRUST')
    expect(rec(diagnose(b.build()), 'R8').values).toEqual({ expressedService: null, negativeServiceShare: null })
    b.excerpt(c[0]!, 'CLI.SAV', { valence: '-' }).excerpts(c[1]!, 'CLI.SAV', 3, { valence: '0' })
    expect(rec(diagnose(b.build()), 'R8').values).toEqual({ expressedService: 40, negativeServiceShare: 25 })
    b.excerpt(c[2]!, 'CLI.SAV', { valence: '-' })
    expect(rec(diagnose(b.build()), 'R8')).toMatchObject({
      triggered: false,
      values: { expressedService: 60, negativeServiceShare: 40 },
    })
    b.excerpts(c[2]!, 'CLI.SAV', 2, { valence: '-' })
    const r8 = rec(diagnose(b.build()), 'R8')
    expect(r8.triggered).toBe(true)
    expect(r8.values.negativeServiceShare).toBeCloseTo((100 * 4) / 7, 9)
  })

  it('R9 knows nothing of negative trust when trust was never coded, and reads false without one', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 10)
    b.excerpt(c[0]!, 'CLI.VAL')
    expect(rec(diagnose(b.build()), 'R9')).toMatchObject({
      evaluable: false,
      values: { negativeTrust: null, expressedTrust: null },
    })
    b.excerpt(c[1]!, 'CLI.TRUST', { valence: '+' })
    expect(rec(diagnose(b.build()), 'R9')).toMatchObject({
      triggered: false,
      values: { negativeTrust: false, expressedTrust: 10 },
    })
  })

  it('R3 reads the staff’s negative fragmentation and overload excerpts, capped', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpts(e!, 'ATT.FRAG', 5, { valence: '-' }).excerpt(f!, 'ATT.OVL', { valence: '-' })
    b.excerpt(f!, 'ATT.FRAG', { valence: '+' })
    expect(rec(diagnose(b.build()), 'R3').values).toMatchObject({
      attentionLoad: 40,
      fragmentationNegative: 3,
      overloadNegative: 1,
      expressedFlow: null,
    })
  })

  it('R3 reads overload when fragmentation was never coded', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpt(e!, 'ATT.OVL', { valence: '-' }).excerpt(f!, 'ATT.OVL', { valence: '-' })
    expect(rec(diagnose(b.build()), 'R3')).toMatchObject({
      triggered: false,
      values: { attentionLoad: 40, fragmentationNegative: 0, overloadNegative: 2 },
    })
  })

  it('R3 fires when negative fragmentation excerpts outnumber negative overload ones, positive ones aside', () => {
    const b = new DiagnosisInputBuilder()
    const e = b.many('employee', 5)
    b.excerpt(e[0]!, 'ATT.FRAG', { valence: '-' }).excerpt(e[1]!, 'ATT.FRAG', { valence: '-' })
    b.excerpt(e[2]!, 'ATT.OVL', { valence: '-' }).excerpts(e[3]!, 'ATT.OVL', 2, { valence: '+' })
    expect(rec(diagnose(b.build()), 'R3')).toMatchObject({
      triggered: true,
      values: { attentionLoad: 60, fragmentationNegative: 2, overloadNegative: 1 },
    })
    // As many of each: fragmentation does not outnumber overload.
    b.excerpt(e[3]!, 'ATT.OVL', { valence: '-' })
    expect(rec(diagnose(b.build()), 'R3')).toMatchObject({
      triggered: false,
      values: { attentionLoad: 80, fragmentationNegative: 2, overloadNegative: 2 },
    })
  })

  it('R3 counts managers as staff, and reads fragmentation when overload was never coded', () => {
    const b = new DiagnosisInputBuilder()
    const [m] = b.many('manager', 5)
    b.excerpt(m!, 'ATT.FRAG', { valence: '-' })
    expect(rec(diagnose(b.build()), 'R3').values).toMatchObject({ fragmentationNegative: 1, overloadNegative: 0 })
  })

  it('R12 reads a governance excerpt flagged activity only as such, whatever other code shares its span', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'EXE.GOV', { flags: ['activityOnly'] })
    const input = b.build()
    input.codings.push({ ...input.codings[0]!, id: 'uc', codeId: 'code:EXE.UC', flags: [] })
    expect(rec(diagnose(input), 'R12').values.governanceActivityOnly).toBe(true)
  })

  it('R12 reads an outcome-minded governance excerpt as such, whatever other code shares its span', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, ['EXE.GOV', 'EXE.UC'])
    expect(rec(diagnose(b.build()), 'R12').values.governanceActivityOnly).toBe(false)
  })

  it('R12 reads no governance excerpt as no data, and one outcome-minded excerpt as not activity only', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'EXE.UC')
    expect(rec(diagnose(b.build()), 'R12').values.governanceActivityOnly).toBeNull()
    b.excerpt(e!, 'EXE.GOV', { flags: ['activityOnly'] }).excerpt(e!, 'EXE.GOV')
    expect(rec(diagnose(b.build()), 'R12').values.governanceActivityOnly).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import type { StoredDiagnosisSettings } from '../../shared/domain/diagnosis-settings'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

const NUDGE = 1e-6
type Op = '>=' | '>' | '<=' | '<'

/**
 * Runs a scenario whose measured value is `value` with its threshold set at the value, just under
 * it and just over it, and checks that the recommendation fires exactly as the operator says.
 */
function atTheThreshold(
  id: string,
  op: Op,
  value: number,
  scenario: (b: DiagnosisInputBuilder) => void,
  settings: (t: number) => StoredDiagnosisSettings,
) {
  const fires = (threshold: number) => {
    const b = new DiagnosisInputBuilder()
    scenario(b)
    const r = diagnose(b.build(settings(threshold))).recommendations.find((x) => x.id === id)!
    expect(r.evaluable).toBe(true)
    return r.triggered
  }
  const expected = {
    '>=': [true, true, false],
    '>': [false, true, false],
    '<=': [true, false, true],
    '<': [false, false, true],
  }[op]
  // [threshold = value, value just above the threshold, value just below it]
  expect([fires(value), fires(value - NUDGE), fires(value + NUDGE)]).toEqual(expected)
}

/** n employees in the population, each with three OUT.FIND excerpts (pragmatic), unless told otherwise. */
const employees = (b: DiagnosisInputBuilder, n = 5) => b.many('employee', n)

describe('recommendation triggers, at, just above and just below their thresholds', () => {
  it('R1: II >= 15 and the employees pragmatic', () => {
    atTheThreshold(
      'R1',
      '>=',
      200,
      (b) => {
        for (const e of employees(b)) b.excerpts(e, 'OUT.FIND', 3)
        for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
      },
      (t) => ({ idealism: { idealistAt: t } }),
    )
  })

  it('R1 needs both: an idealist index with relational employees does not fire it', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of employees(b)) b.excerpts(e, 'APP.BEL', 3).excerpt(e, 'OUT.FIND')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
    const d = diagnose(b.build())
    expect(d.idealismIndex.band).toBe('idealist')
    expect(d.recommendations.find((r) => r.id === 'R1')).toMatchObject({ evaluable: true, triggered: false })
  })

  it('R2: E_employee(OUT.FIND) >= 40', () => {
    atTheThreshold(
      'R2',
      '>=',
      40,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'OUT.FIND').excerpt(e[1]!, 'OUT.FIND').excerpt(e[2]!, 'OUT.EFF')
      },
      (t) => ({ recommendations: { r2FindShare: t } }),
    )
  })

  it('R2: or Gap_employee(OUT.FIND) <= -15', () => {
    atTheThreshold(
      'R2',
      '<=',
      -40,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'OUT.FIND').excerpt(e[1]!, 'OUT.FIND')
        b.many('leadership', 3)
      },
      (t) => ({ recommendations: { r2FindShare: 101, r2FindGap: t } }),
    )
  })

  it('R3: E_employee(OUT.FLOW) >= 30', () => {
    atTheThreshold(
      'R3',
      '>=',
      40,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'OUT.FLOW').excerpt(e[1]!, 'OUT.FLOW')
      },
      (t) => ({ recommendations: { r3FlowShare: t } }),
    )
  })

  it('R3: or AL > 40 with more fragmentation than overload complaints', () => {
    atTheThreshold(
      'R3',
      '>',
      60,
      (b) => {
        const e = employees(b)
        for (const x of e.slice(0, 3)) b.excerpt(x, 'ATT.FRAG', { valence: '-' })
        b.excerpt(e[3]!, 'OUT.FLOW')
      },
      (t) => ({ recommendations: { r3FlowShare: 101 }, attentionLoad: { highAbove: t } }),
    )
    // Overload outnumbering fragmentation: not R3, however high AL is.
    const b = new DiagnosisInputBuilder()
    for (const x of employees(b)) b.excerpt(x, 'ATT.OVL', { valence: '-' })
    expect(diagnose(b.build()).recommendations.find((r) => r.id === 'R3')!.triggered).toBe(false)
  })

  it('R4: AL > 40', () => {
    atTheThreshold(
      'R4',
      '>',
      40,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'ATT.OVL', { valence: '-' })
          .excerpt(e[1]!, 'ATT.FRAG', { valence: '-' })
          .excerpt(e[2]!, 'ATT.OVL', { valence: '+' })
      },
      (t) => ({ attentionLoad: { highAbove: t } }),
    )
  })

  it('R5: MisRate >= 20', () => {
    atTheThreshold(
      'R5',
      '>=',
      20,
      (b) => {
        b.collective('community', [0, 0, 1, 0, 0])
        for (let i = 0; i < 4; i++) b.collective('community', [1, 1, 1, 1, 0])
      },
      (t) => ({ collectives: { blurredAt: t } }),
    )
  })

  it('R6: a genuine community with positive evidence, and E_employee(OUT.FIND) >= 40', () => {
    atTheThreshold(
      'R6',
      '>=',
      60,
      (b) => {
        const e = employees(b)
        for (const x of e.slice(0, 3)) b.excerpt(x, 'OUT.FIND')
        b.collective('community', [1, 1, 1, 1, 0], ['+'])
      },
      (t) => ({ recommendations: { r6FindShare: t } }),
    )
    const b = new DiagnosisInputBuilder()
    for (const x of employees(b)) b.excerpt(x, 'OUT.FIND')
    b.collective('community', [1, 1, 1, 1, 0], ['-', '0'])
    expect(diagnose(b.build()).recommendations.find((r) => r.id === 'R6')).toMatchObject({
      evaluable: true,
      triggered: false,
    })
  })

  it('R7: Gap_customer(CLI.CONN) >= 15', () => {
    atTheThreshold(
      'R7',
      '>=',
      40,
      (b) => {
        const c = b.many('customer', 5)
        b.excerpt(c[0]!, 'CLI.CONN')
        const l = b.many('leadership', 5)
        for (const x of l.slice(0, 3)) b.attribute(x, 'customer', 'CLI.CONN')
      },
      (t) => ({ recommendations: { r7ConnGap: t, r7ValueLead: 1000 } }),
    )
  })

  it('R7: or customers’ value, information and service lead connection by >= 20 points', () => {
    atTheThreshold(
      'R7',
      '>=',
      40,
      (b) => {
        const c = b.many('customer', 5)
        b.excerpt(c[0]!, 'CLI.VAL').excerpt(c[1]!, 'CLI.INFO').excerpt(c[2]!, 'CLI.SAV').excerpt(c[2]!, 'CLI.CONN')
      },
      (t) => ({ recommendations: { r7ValueLead: t, r7ConnGap: 1000 } }),
    )
  })

  it('R8: E_customer(CLI.SAV) >= 30 and at least half of those excerpts negative', () => {
    atTheThreshold(
      'R8',
      '>=',
      40,
      (b) => {
        const c = b.many('customer', 5)
        b.excerpt(c[0]!, 'CLI.SAV', { valence: '-' }).excerpt(c[1]!, 'CLI.SAV', { valence: '+' })
      },
      (t) => ({ recommendations: { r8ServiceShare: t } }),
    )
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 5)
    b.excerpt(c[0]!, 'CLI.SAV', { valence: '-' })
      .excerpt(c[1]!, 'CLI.SAV', { valence: '+' })
      .excerpt(c[2]!, 'CLI.SAV', { valence: '+' })
    expect(diagnose(b.build()).recommendations.find((r) => r.id === 'R8')).toMatchObject({
      evaluable: true,
      triggered: false,
    })
  })

  it('R9: E_customer(CLI.TRUST) >= 20, or any negative trust excerpt', () => {
    atTheThreshold(
      'R9',
      '>=',
      20,
      (b) => {
        const c = b.many('customer', 5)
        b.excerpt(c[0]!, 'CLI.TRUST', { valence: '+' })
      },
      (t) => ({ recommendations: { r9TrustShare: t } }),
    )
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('customer', 10)[0]!, 'CLI.TRUST', { valence: '-' })
    expect(diagnose(b.build()).recommendations.find((r) => r.id === 'R9')!.triggered).toBe(true)
  })

  it('R10: NV(MGT.PRA) <= -0.3', () => {
    atTheThreshold(
      'R10',
      '<=',
      -0.6,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'MGT.PRA', { valence: '+' })
        for (const x of e.slice(1)) b.excerpt(x, 'MGT.PRA', { valence: '-' })
      },
      (t) => ({ enablers: { barrierAt: t } }),
    )
  })

  it('R11: NV(RH.POL) <= -0.3', () => {
    atTheThreshold(
      'R11',
      '<=',
      -1,
      (b) => {
        for (const x of employees(b)) b.excerpt(x, 'RH.POL', { valence: '-' })
      },
      (t) => ({ enablers: { barrierAt: t } }),
    )
  })

  it('R11: or E_employee(APP.REC) >= 30 with a negative NV(RH.POL)', () => {
    atTheThreshold(
      'R11',
      '>=',
      40,
      (b) => {
        const e = employees(b)
        b.excerpt(e[0]!, 'APP.REC').excerpt(e[1]!, 'APP.REC')
        b.excerpt(e[2]!, 'RH.POL', { valence: '-' })
          .excerpt(e[3]!, 'RH.POL', { valence: '-' })
          .excerpt(e[4]!, 'RH.POL', { valence: '+' })
      },
      (t) => ({ recommendations: { r11RecShare: t }, enablers: { barrierAt: -0.5 } }),
    )
  })

  it('R12: execution maturity <= 1', () => {
    const run = (points: number) => {
      const b = new DiagnosisInputBuilder()
      const [e1, e2] = employees(b)
      const m = b.respondent('manager')
      const l = b.respondent('leadership')
      if (points >= 1) b.excerpt(e1!, 'EXE.UC').excerpt(m, 'EXE.UC')
      if (points >= 2) b.excerpt(l, 'EXE.GOV')
      if (points >= 3) b.excerpt(l, 'DIR.PRAG')
      b.excerpt(e2!, 'DIR.IDEAL')
      const d = diagnose(b.build())
      expect(d.executionMaturity.value).toBe(points)
      return d.recommendations.find((r) => r.id === 'R12')!.triggered
    }
    expect([run(0), run(1), run(2), run(3)]).toEqual([true, true, false, false])
  })

  it('R12: or every governance excerpt counts activity only (and there is at least one)', () => {
    const b = new DiagnosisInputBuilder()
    const e = employees(b)
    const m = b.respondent('manager')
    const l = b.respondent('leadership')
    b.excerpt(e[0]!, 'EXE.UC')
      .excerpt(m, 'EXE.UC')
      .excerpt(l, 'DIR.PRAG')
      .excerpt(l, 'EXE.GOV', { flags: ['activityOnly'] })
    const d = diagnose(b.build())
    expect(d.executionMaturity.value).toBe(2)
    expect(d.recommendations.find((r) => r.id === 'R12')).toMatchObject({
      triggered: true,
      values: { governanceActivityOnly: true },
    })
  })

  it('R0: a group with 0 < n below its floor', () => {
    const run = (employees: number, leaders: number) => {
      const b = new DiagnosisInputBuilder()
      for (const x of b.many('employee', employees)) b.excerpt(x, 'OUT.FIND')
      b.many('leadership', leaders)
      return diagnose(b.build()).recommendations.find((r) => r.id === 'R0')!.triggered
    }
    expect([run(5, 3), run(4, 3), run(5, 2), run(5, 0)]).toEqual([false, true, true, false])
  })
})

describe('evidence floors', () => {
  it('mark a group’s figures indicative under n = 5 (leadership 3), never at n = 0', () => {
    const run = (employees: number, leaders: number) => {
      const b = new DiagnosisInputBuilder()
      for (const x of b.many('employee', employees)) b.excerpts(x, 'OUT.FIND', 3)
      for (const l of b.many('leadership', leaders)) b.attribute(l, 'employee', 'OUT.FIND')
      return diagnose(b.build())
    }
    expect(run(5, 3).perceptionGap.employee[0]!.indicative).toBe(false)
    expect(run(4, 3).perceptionGap.employee[0]!.indicative).toBe(true)
    expect(run(4, 3).pragmatism.byGroup.employee.indicative).toBe(true)
    expect(run(5, 2).perceptionGap.employee[0]!.indicative).toBe(true)
    expect(run(5, 2).floors.leadership).toEqual({ n: 2, floor: 3, under: true })
    expect(run(5, 0).floors.leadership).toEqual({ n: 0, floor: 3, under: false })
  })

  it('count leaders and managers together when the hypothesis is theirs', () => {
    const b = new DiagnosisInputBuilder()
    for (const x of b.many('employee', 5)) b.excerpt(x, 'APP.BEL')
    const [l1, l2] = b.many('leadership', 2)
    const [m1] = b.many('manager', 1)
    b.attribute(l1!, 'employee', 'APP.BEL').attribute(m1!, 'employee', 'APP.BEL')
    const alone = diagnose(b.build())
    const together = diagnose(b.build({ hypothesisPopulation: 'leadershipAndManagers' }))
    expect(alone.hypothesisFloor).toEqual({ n: 2, floor: 3, under: true })
    expect(together.hypothesisFloor).toEqual({ n: 3, floor: 3, under: false })
    expect(alone.perceptionGap.employee[0]).toMatchObject({ code: 'APP.BEL', hypothesis: 50, indicative: true })
    expect(together.perceptionGap.employee[0]!.hypothesis).toBeCloseTo(200 / 3, 9)
    expect(together.perceptionGap.employee[0]!.indicative).toBe(false)
    void l2
  })

  it('count only respondents in the population (a completed interview or an import)', () => {
    const b = new DiagnosisInputBuilder()
    for (const x of b.many('employee', 5)) b.excerpt(x, 'OUT.FIND')
    b.respondent('employee', 'planned-only', false)
    expect(diagnose(b.build()).floors.employee.n).toBe(5)
    expect(diagnose(b.build()).perceptionGap.employee[0]!.expressed).toBe(100)
  })
})

describe('conventions', () => {
  it('cap a respondent at three excerpts per code, the first three in document order', () => {
    const b = new DiagnosisInputBuilder()
    const [talkative] = b.many('employee', 5)
    b.excerpts(talkative!, 'OUT.FIND', 7).excerpts(talkative!, 'APP.BEL', 2)
    const r = diagnose(b.build()).pragmatism.respondents.find((x) => x.respondentId === talkative)!
    expect([r.pragmatic, r.relational]).toEqual([3, 2])
    expect(r.pi).toBeCloseTo(0.6, 9)
  })

  it('count an excerpt with several codes once for each code, and once for a role', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, ['OUT.FIND', 'OUT.EFF']).excerpt(e!, 'OUT.FLOW').excerpt(e!, 'APP.BEL')
    const d = diagnose(b.build())
    const r = d.pragmatism.respondents.find((x) => x.respondentId === e)!
    expect([r.pragmatic, r.relational, r.valid]).toEqual([2, 1, true])
    expect(d.perceptionGap.employee.filter((g) => g.expressedCount === 1).map((g) => g.code)).toEqual([
      'APP.BEL',
      'OUT.EFF',
      'OUT.FIND',
      'OUT.FLOW',
    ])
  })

  it('count a child code’s coding for its parent’s key, and give it the parent’s roles', () => {
    const b = new DiagnosisInputBuilder()
    b.codes.push({
      id: 'code:OUT.FIND.EXPERT',
      key: 'OUT.FIND.EXPERT',
      parentId: 'code:OUT.FIND',
      family: 'OUT',
      pragmatism: null,
      idealism: null,
      ibmItems: [],
    })
    const [e] = b.many('employee', 5)
    b.excerpts(e!, 'OUT.FIND.EXPERT', 3)
    const d = diagnose(b.build())
    expect(d.perceptionGap.employee.map((g) => g.code).sort()).toEqual(['OUT.FIND', 'OUT.FIND.EXPERT'])
    expect(d.pragmatism.respondents.find((x) => x.respondentId === e)).toMatchObject({
      pragmatic: 3,
      band: 'pragmatic',
    })
  })

  it('run the same computation on the motive cards', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 5)
    c.forEach((x, i) => b.motiveCards(x, i < 3 ? ['discounts', 'purchase'] : ['discounts', 'community']))
    for (const l of b.many('leadership', 4)) b.motiveCards(l, ['community', 'feel_connected'], 'ATTR', 'customer')
    const cards = Object.fromEntries(diagnose(b.build()).motiveCards.customer.map((r) => [r.item, r]))
    expect(cards.discounts).toMatchObject({
      expressed: 100,
      hypothesis: 0,
      gap: -100,
      band: 'major',
      direction: 'blindSpot',
    })
    expect(cards.community).toMatchObject({ expressed: 40, hypothesis: 100, gap: 60, direction: 'overestimate' })
    expect(diagnose(b.build()).motiveCards.customer[0]!.item).toBe('discounts')
  })

  it('keep every code of an excerpt: its other codes’ valences still count', () => {
    const b = new DiagnosisInputBuilder()
    const [e1] = b.many('employee', 5)
    b.excerpt(e1!, 'ATT.OVL', { valence: '0' })
    // The same span, coded twice with different valences.
    const d = diagnose(b.build())
    expect(d.attentionLoad.value).toBe(0)
    const b2 = new DiagnosisInputBuilder()
    const [f1] = b2.many('employee', 5)
    b2.excerpt(f1!, ['ATT.OVL', 'ATT.FRAG'], { valence: '-' })
    expect(diagnose(b2.build()).attentionLoad.value).toBe(20)
  })

  it('count prevalences and “at least one” tests without the cap', () => {
    const b = new DiagnosisInputBuilder()
    const [e1] = b.many('employee', 5)
    b.excerpts(e1!, 'ATT.OVL', 3, { valence: '+' }).excerpt(e1!, 'ATT.OVL', { valence: '-' })
    const [l] = b.many('leadership', 3)
    b.excerpts(l!, 'EXE.GOV', 3, { flags: ['activityOnly'] }).excerpt(l!, 'EXE.GOV')
    const d = diagnose(b.build())
    expect(d.attentionLoad.value).toBe(20)
    expect(d.executionMaturity.points.governance).toBe(1)
  })

  it('leave an attribution without a target out of every hypothesis', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'APP.BEL')
    const [l] = b.many('leadership', 3)
    b.excerpt(l!, 'APP.BEL', { stance: 'ATTR', target: null })
    const d = diagnose(b.build())
    expect(d.perceptionGap.other).toEqual([])
    expect(d.perceptionGap.employee[0]).toMatchObject({ code: 'APP.BEL', hypothesis: 0 })
  })

  it('count a respondent’s motive cards once, over the group’s whole population', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 10)
    b.motiveCards(c[0]!, ['community']).motiveCards(c[0]!, ['community']).motiveCards(c[1]!, ['community'])
    b.motiveCards(c[2]!, ['discounts']).motiveCards(c[3]!, ['discounts'])
    const l = b.many('leadership', 4)
    b.motiveCards(l[0]!, ['community'], 'ATTR', 'customer')
    const rows = Object.fromEntries(diagnose(b.build()).motiveCards.customer.map((r) => [r.item, r]))
    expect(rows.community).toMatchObject({ expressed: 20, hypothesis: 25, expressedN: 10, hypothesisN: 4 })
    expect(Object.keys(rows).sort()).toEqual(['community', 'discounts'])
  })

  it('make R3 not evaluable when there are no employees or managers', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('customer', 5)[0]!, 'ATT.OVL', { valence: '-' })
    expect(diagnose(b.build()).recommendations.find((r) => r.id === 'R3')).toMatchObject({
      evaluable: false,
      triggered: false,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

describe('A. pragmatism index, edges', () => {
  it('needs three excerpts: two make a respondent insufficient evidence, with a PI but no band', () => {
    const b = new DiagnosisInputBuilder()
    const [two, three, none] = b.many('employee', 5)
    b.excerpts(two!, 'OUT.FIND', 2).excerpts(three!, 'APP.BEL', 3)
    const d = diagnose(b.build())
    const of = (id: string) => d.pragmatism.respondents.find((r) => r.respondentId === id)!
    expect(of(two!)).toMatchObject({ pi: 1, valid: false, band: null, pragmatic: 2, relational: 0 })
    expect(of(three!)).toMatchObject({ pi: 0, valid: true, band: 'relational' })
    expect(of(none!)).toMatchObject({ pi: null, valid: false, band: null, evidence: [] })
    expect(d.pragmatism.byGroup.employee).toMatchObject({
      label: 'relational',
      median: 0,
      valid: 1,
      n: 5,
      distribution: { pragmatic: 0, mixed: 0, relational: 1, insufficientEvidence: 4 },
    })
  })

  it('labels a group with no valid respondent insufficient evidence, and an empty group null', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('employee', 5)[0]!, 'OUT.FIND')
    const g = diagnose(b.build()).pragmatism.byGroup
    expect(g.employee).toMatchObject({ label: 'insufficientEvidence', median: null, valid: 0, n: 5 })
    expect(g.customer).toMatchObject({ label: null, median: null, valid: 0, n: 0, indicative: false })
  })

  it('scores nobody when no pragmatic or relational code was ever coded', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpts(b.many('employee', 5)[0]!, 'ATT.OVL', 3)
    const p = diagnose(b.build()).pragmatism
    expect(p.respondents).toEqual([])
    expect(p.byGroup.employee).toMatchObject({ label: null, n: 5, indicative: false })
    expect(p.byGroup.employee.distribution).toEqual({ pragmatic: 0, mixed: 0, relational: 0, insufficientEvidence: 0 })
  })

  it('reads a mixed group when neither side reaches 60 %, and takes the median of the valid PIs', () => {
    const b = new DiagnosisInputBuilder()
    const [a, c, m] = b.many('employee', 5)
    b.excerpts(a!, 'OUT.FIND', 3).excerpts(c!, 'APP.BEL', 3).excerpts(m!, 'OUT.FIND', 2).excerpts(m!, 'APP.BEL', 2)
    const g = diagnose(b.build()).pragmatism.byGroup.employee
    expect(g).toMatchObject({ label: 'mixed', valid: 3, distribution: { pragmatic: 1, mixed: 1, relational: 1 } })
    expect(g.median).toBe(0.5)
  })
})

describe('B. perception gap, edges', () => {
  it('leaves out a code the analyst codes alone (COL.MIS), which is no one’s need', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, ['COL.MIS', 'COL.PRJ'])
    expect(diagnose(b.build()).perceptionGap.employee.map((g) => g.code)).toEqual(['COL.PRJ'])
  })

  it('keeps a theme only leaders attributed, at E = 0, and sorts by E descending then by key', () => {
    const b = new DiagnosisInputBuilder()
    const staff = b.many('employee', 5)
    for (const e of staff.slice(0, 2)) b.excerpt(e, ['OUT.FLOW', 'OUT.EFF'])
    b.excerpt(staff[0]!, 'APP.BEL')
    for (const l of b.many('leadership', 4)) b.attribute(l, 'employee', 'COL.COP')
    const rows = diagnose(b.build()).perceptionGap.employee
    expect(rows.map((r) => [r.code, r.expressed, r.hypothesis])).toEqual([
      ['OUT.EFF', 40, 0],
      ['OUT.FLOW', 40, 0],
      ['APP.BEL', 20, 0],
      ['COL.COP', 0, 100],
    ])
    expect(rows[3]).toMatchObject({ gap: 100, band: 'major', direction: 'overestimate', supporting: [] })
    expect(rows[3]!.attributed).toHaveLength(4)
  })

  it('has no E for a group without population and no H without leaders: no gap, no band', () => {
    const b = new DiagnosisInputBuilder()
    for (const l of b.many('leadership', 3)) b.attribute(l, 'customer', 'CLI.CONN')
    const row = diagnose(b.build()).perceptionGap.customer[0]!
    expect(row).toMatchObject({ code: 'CLI.CONN', expressed: null, hypothesis: 100, gap: null, band: null })
    const c = new DiagnosisInputBuilder()
    c.excerpt(c.many('employee', 5)[0]!, 'OUT.FIND')
    expect(diagnose(c.build()).perceptionGap.employee[0]).toMatchObject({ expressed: 20, hypothesis: null, gap: null })
  })

  it('quotes at most three excerpts per respondent on either side', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    const [l] = b.many('leadership', 3)
    b.excerpts(e!, 'OUT.FIND', 5)
    for (let i = 0; i < 4; i++) b.attribute(l!, 'employee', 'OUT.FIND')
    const row = diagnose(b.build()).perceptionGap.employee[0]!
    expect([row.supporting.length, row.attributed.length]).toEqual([3, 3])
    expect(row.supporting.map((x) => x.start)).toEqual([0, 10, 20])
  })

  it('is indicative when the attributing leaders are under their floor, not otherwise', () => {
    const run = (leaders: number) => {
      const b = new DiagnosisInputBuilder()
      const staff = b.many('employee', 5)
      for (const e of staff) b.excerpt(e, 'OUT.FIND')
      for (const l of b.many('leadership', leaders)) b.attribute(l, 'employee', 'OUT.FIND')
      b.motiveCards(staff[0]!, ['discounts'])
      return diagnose(b.build())
    }
    expect(run(2).perceptionGap.employee[0]!.indicative).toBe(true)
    expect(run(2).motiveCards.employee[0]!.indicative).toBe(true)
    expect(run(3).motiveCards.employee[0]!.indicative).toBe(false)
  })
})

describe('B. motive cards, whose answer counts where', () => {
  it('counts customers’ own ticks as E and leaders’ ticks for customers as H, nothing else', () => {
    const b = new DiagnosisInputBuilder()
    const [c1, c2] = b.many('customer', 5)
    const [l1, l2] = b.many('leadership', 3)
    b.motiveCards(c1!, ['discounts']).motiveCards(c2!, ['community'], 'ATTR', 'customer')
    b.motiveCards(l1!, ['discounts'], 'ATTR', 'customer').motiveCards(l2!, ['events'], 'ATTR', 'employee')
    b.motiveCards(l2!, ['purchase']).motiveCards(b.respondent('customer', 'planned', false), ['reviews'])
    const rows = diagnose(b.build()).motiveCards.customer
    expect(rows.map((r) => [r.item, r.expressedCount, r.expressedN, r.hypothesisCount, r.hypothesisN])).toEqual([
      ['discounts', 1, 5, 1, 3],
    ])
  })

  it('sorts by E descending, then by reason', () => {
    const b = new DiagnosisInputBuilder()
    const c = b.many('customer', 5)
    b.motiveCards(c[0]!, ['purchase', 'events', 'discounts']).motiveCards(c[1]!, ['purchase'])
    const [l] = b.many('leadership', 3)
    b.motiveCards(l!, ['community'], 'ATTR', 'customer')
    expect(diagnose(b.build()).motiveCards.customer.map((r) => r.item)).toEqual([
      'purchase',
      'discounts',
      'events',
      'community',
    ])
  })
})

describe('C. idealism index, which pairs it reads', () => {
  it('reads employees, managers and customers only, and only themes with an idealism role', () => {
    const b = new DiagnosisInputBuilder()
    const ls = b.many('leadership', 4)
    for (const l of ls) b.attribute(l, 'employee', 'APP.BEL').attribute(l, 'leadership', 'APP.MEAN')
    for (const e of b.many('employee', 5)) b.excerpt(e, ['OUT.FIND', 'APP.REC'])
    for (const m of b.many('manager', 5)) b.excerpt(m, 'OUT.EFF')
    b.attribute(ls[0]!, 'manager', 'OUT.EFF')
    const ii = diagnose(b.build()).idealismIndex
    expect(ii.pairs.map((p) => `${p.group}:${p.code}:${p.role}:${p.gap}`).sort()).toEqual([
      'employee:APP.BEL:relational:100',
      'employee:OUT.FIND:pragmatic:-100',
      'manager:OUT.EFF:pragmatic:-75',
    ])
    expect(ii).toMatchObject({ relationalMean: 100, pragmaticMean: -87.5, value: 187.5, band: 'idealist' })
    expect(ii.indicative).toBe(false)
  })

  it('reads the customers’ pairs too', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    b.many('customer', 5)
    for (const l of b.many('leadership', 3)) b.attribute(l, 'customer', 'CLI.CONN')
    const ii = diagnose(b.build()).idealismIndex
    expect(ii.pairs.map((p) => `${p.group}:${p.code}:${p.gap}`).sort()).toEqual([
      'customer:CLI.CONN:100',
      'employee:OUT.FIND:-100',
    ])
    expect(ii).toMatchObject({ relationalMean: 100, pragmaticMean: -100, value: 200, band: 'idealist' })
  })

  it('leaves out a pair without a gap: a theme attributed to a group nobody of which was interviewed', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL').attribute(l, 'customer', 'APP.BEL')
    const d = diagnose(b.build())
    expect(d.perceptionGap.customer[0]).toMatchObject({ code: 'APP.BEL', expressed: null, gap: null })
    expect(d.idealismIndex.pairs.map((p) => `${p.group}:${p.code}`).sort()).toEqual([
      'employee:APP.BEL',
      'employee:OUT.FIND',
    ])
    expect(d.idealismIndex).toMatchObject({ relationalMean: 100, pragmaticMean: -100, value: 200 })
  })

  it('is null when only pragmatic themes have pairs', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'OUT.EFF')
    const ii = diagnose(b.build()).idealismIndex
    expect(ii.pairs).toHaveLength(2)
    expect(ii).toMatchObject({ value: null, band: null, indicative: false, relationalMean: null, pragmaticMean: 0 })
  })

  it('is null, and not indicative, when one side has no pair', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 4)) b.excerpt(e, 'APP.BEL')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'employee', 'APP.BEL')
    const ii = diagnose(b.build()).idealismIndex
    expect(ii).toMatchObject({ value: null, band: null, indicative: false, pragmaticMean: null })
    expect(ii.pairs).toHaveLength(1)
  })

  it('is indicative when any of its gaps is', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    for (const m of b.many('manager', 2)) b.excerpt(m, 'APP.BEL')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'manager', 'APP.BEL').attribute(l, 'employee', 'APP.BEL')
    const ii = diagnose(b.build()).idealismIndex
    expect(ii.value).not.toBeNull()
    expect(ii.indicative).toBe(true)
  })
})

describe('H. customer value alignment', () => {
  it('reads the CLI codes of customers alone, with its own index and band', () => {
    const b = new DiagnosisInputBuilder()
    const cs = b.many('customer', 5)
    for (const c of cs) b.excerpt(c, ['CLI.VAL', 'OUT.FIND'])
    b.excerpt(cs[0]!, 'CLI.CONN')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'customer', 'CLI.CONN').attribute(l, 'customer', 'APP.BEL')
    const v = diagnose(b.build()).customerValue
    expect(v.gaps.map((g) => g.code)).toEqual(['CLI.VAL', 'CLI.CONN'])
    // CLI.CONN: 100 - 20 = 80; CLI.VAL: 0 - 100 = -100.
    expect(v).toMatchObject({ idealismIndex: 180, band: 'idealist', indicative: false })
  })

  it('is indicative with too few customers, and null without a pragmatic CLI theme', () => {
    const b = new DiagnosisInputBuilder()
    const cs = b.many('customer', 2)
    b.excerpt(cs[0]!, 'CLI.VAL')
    for (const l of b.many('leadership', 3)) b.attribute(l, 'customer', 'CLI.CONN')
    expect(diagnose(b.build()).customerValue).toMatchObject({ idealismIndex: 150, indicative: true })
    const c = new DiagnosisInputBuilder()
    for (const l of c.many('leadership', 3)) c.attribute(l, 'customer', 'CLI.CONN')
    c.excerpt(c.many('customer', 5)[0]!, 'CLI.CONN')
    expect(diagnose(c.build()).customerValue).toMatchObject({ idealismIndex: null, band: null, indicative: false })
  })
})

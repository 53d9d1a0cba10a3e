import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { copVerdict } from '../../shared/domain/diagnosis/collectives'
import { DEFAULT_DIAGNOSIS_SETTINGS as S } from '../../shared/domain/diagnosis-settings'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

const refsOf = (b: DiagnosisInputBuilder, ids: string[]) => {
  const codings = b.build().codings.filter((c) => ids.includes(c.respondentId))
  return codings.map((c) => ({ documentId: c.documentId, start: c.start, end: c.end, respondentId: c.respondentId }))
}

describe('evidence floors, as the engagement sets them', () => {
  it('reads the hypothesis floor for leaders and managers together, the leadership floor for leaders alone', () => {
    const b = new DiagnosisInputBuilder()
    b.many('leadership', 2)
    b.many('manager', 2)
    const floors = { floors: { hypothesis: 5, leadership: 2, group: 2 } }
    expect(diagnose(b.build(floors)).hypothesisFloor).toEqual({ n: 2, floor: 2, under: false })
    expect(diagnose(b.build({ ...floors, hypothesisPopulation: 'leadershipAndManagers' })).hypothesisFloor).toEqual({
      n: 4,
      floor: 5,
      under: true,
    })
    expect(diagnose(b.build(floors)).floors.manager).toEqual({ n: 2, floor: 2, under: false })
  })

  it('ignores a hypothesis population of n = 0: no leader is not a hypothesis under its floor', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'OUT.FIND')
    const alone = diagnose(b.build())
    expect(alone.hypothesisFloor).toEqual({ n: 0, floor: 3, under: false })
    expect(alone.perceptionGap.employee[0]).toMatchObject({ code: 'OUT.FIND', gap: null, indicative: false })
    const together = diagnose(b.build({ hypothesisPopulation: 'leadershipAndManagers' }))
    expect(together.hypothesisFloor).toEqual({ n: 0, floor: 3, under: false })
  })
})

describe('E. execution maturity, point by point', () => {
  it('scores use cases only when respondents of two groups voice them', () => {
    const one = new DiagnosisInputBuilder()
    for (const e of one.many('employee', 5)) one.excerpt(e, 'EXE.UC')
    expect(diagnose(one.build()).executionMaturity).toMatchObject({ value: 0, band: 'declarative' })
    const two = new DiagnosisInputBuilder()
    const [e] = two.many('employee', 5)
    const [c] = two.many('customer', 5)
    two.excerpt(e!, 'EXE.UC').excerpt(c!, 'EXE.UC')
    const m = diagnose(two.build()).executionMaturity
    expect(m.points).toEqual({ useCases: 1, governance: 0, sayDo: 0, leadership: 0 })
    expect(m.evidence).toEqual(refsOf(two, [e!, c!]))
  })

  it('scores governance only for an EXE.GOV coding not flagged activity only, another code’s coding aside', () => {
    const b = new DiagnosisInputBuilder()
    const [l] = b.many('leadership', 3)
    b.excerpt(l!, 'EXE.GOV', { flags: ['activityOnly'] })
    const input = b.build()
    // The same span also coded EXE.UC, without the flag: it says nothing of governance.
    const uc = { ...input.codings[0]!, id: 'uc', codeId: 'code:EXE.UC', flags: [] }
    const m = diagnose({ ...input, codings: [...input.codings, uc] }).executionMaturity
    expect(m.points.governance).toBe(0)
    b.excerpt(l!, 'EXE.GOV')
    const n = diagnose(b.build()).executionMaturity
    expect(n.points.governance).toBe(1)
    expect(n.evidence).toHaveLength(1)
    expect(n.evidence[0]!.start).toBe(10)
  })

  it('scores the say-do gap when EXE.GAP was coded and under 20 % of employees feel it', () => {
    const run = (feeling: number, elsewhere = false) => {
      const b = new DiagnosisInputBuilder()
      const staff = b.many('employee', 5)
      for (const e of staff.slice(0, feeling)) b.excerpt(e, 'EXE.GAP')
      if (elsewhere) b.excerpt(b.respondent('manager'), 'EXE.GAP')
      return diagnose(b.build()).executionMaturity.points.sayDo
    }
    expect(run(0)).toBe(0)
    expect(run(0, true)).toBe(1)
    expect(run(1)).toBe(0)
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 6)) void e
    b.excerpt(b.respondent('employee'), 'EXE.GAP')
    // 1 of 7 employees: 14 %.
    expect(diagnose(b.build()).executionMaturity.points.sayDo).toBe(1)
  })

  it('scores governance for an EXE.GOV coding not flagged activity only, on a span that carries another code too', () => {
    const b = new DiagnosisInputBuilder()
    const [l] = b.many('leadership', 3)
    b.excerpt(l!, ['EXE.GOV', 'EXE.UC'])
    expect(diagnose(b.build()).executionMaturity.points.governance).toBe(1)
  })

  it('reads only the population: a respondent without a completed interview voices nothing', () => {
    const b = new DiagnosisInputBuilder()
    const staff = b.many('employee', 5)
    for (const e of staff) b.excerpt(e, 'EXE.UC')
    const planned = b.respondent('manager', 'planned-only', false)
    b.excerpt(planned, 'EXE.UC').excerpt(planned, 'EXE.GOV')
    expect(diagnose(b.build()).executionMaturity).toMatchObject({
      value: 0,
      points: { useCases: 0, governance: 0 },
      evidence: refsOf(b, staff),
    })
  })

  it('does not score the say-do gap without employees', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('manager', 5)[0]!, 'EXE.GAP')
    expect(diagnose(b.build()).executionMaturity).toMatchObject({ value: 0, points: { sayDo: 0 } })
  })

  it('scores leadership when leaders’ capped DIR.PRAG excerpts are at least their DIR.IDEAL ones', () => {
    const run = (prag: number, ideal: number, group: 'leadership' | 'manager' = 'leadership') => {
      const b = new DiagnosisInputBuilder()
      const [l] = b.many(group, 3)
      if (prag) b.excerpts(l!, 'DIR.PRAG', prag)
      if (ideal) b.excerpts(l!, 'DIR.IDEAL', ideal)
      return diagnose(b.build()).executionMaturity
    }
    expect(run(1, 1).points.leadership).toBe(1)
    expect(run(1, 2).points.leadership).toBe(0)
    expect(run(3, 5).points.leadership).toBe(1)
    expect(run(1, 0, 'manager')).toMatchObject({ value: 0, points: { leadership: 0 } })
  })

  it('adds the points up and bands them; null when no EXE or DIR code was coded', () => {
    const b = new DiagnosisInputBuilder()
    const staff = b.many('employee', 5)
    const [l] = b.many('leadership', 3)
    b.excerpt(staff[0]!, 'EXE.UC').excerpt(l!, 'EXE.UC').excerpt(l!, 'EXE.GOV').excerpt(l!, 'DIR.PRAG')
    expect(diagnose(b.build()).executionMaturity).toMatchObject({ value: 3, band: 'operational', indicative: false })
    b.excerpt(b.respondent('manager'), 'EXE.GAP')
    expect(diagnose(b.build()).executionMaturity).toMatchObject({ value: 4, band: 'operational', indicative: true })
    const none = new DiagnosisInputBuilder()
    none.excerpt(none.many('employee', 5)[0]!, 'OUT.FIND')
    expect(diagnose(none.build()).executionMaturity).toMatchObject({ value: null, band: null, indicative: false })
  })

  it('is indicative when any group is under its floor, customers included', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 5)) b.excerpt(e, 'EXE.UC')
    b.respondent('customer')
    expect(diagnose(b.build()).executionMaturity.indicative).toBe(true)
  })

  it('is not indicative when it is null, however small the groups', () => {
    const b = new DiagnosisInputBuilder()
    for (const e of b.many('employee', 2)) b.excerpt(e, 'OUT.FIND')
    const d = diagnose(b.build())
    expect(d.floors.employee.under).toBe(true)
    expect(d.executionMaturity).toMatchObject({ value: null, band: null, indicative: false })
  })
})

describe('F. attention load', () => {
  it('counts employees and managers with a negative ATT excerpt, customers aside, with the evidence', () => {
    const b = new DiagnosisInputBuilder()
    const staff = [...b.many('employee', 5), ...b.many('manager', 5)]
    b.excerpt(staff[0]!, 'ATT.OVL', { valence: '-' }).excerpt(staff[7]!, 'ATT.FRAG', { valence: '-' })
    b.excerpt(staff[1]!, 'ATT.OVL', { valence: '+' }).excerpt(staff[2]!, 'ATT.FRAG', { valence: '0' })
    b.excerpt(b.many('customer', 5)[0]!, 'ATT.OVL', { valence: '-' })
    const a = diagnose(b.build()).attentionLoad
    expect(a).toMatchObject({ value: 20, band: 'moderate', count: 2, n: 10, indicative: false })
    expect(a.evidence).toEqual(refsOf(b, [staff[0]!, staff[7]!]))
  })

  it('lists a respondent’s strained excerpts once each, in document order', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    b.excerpt(e!, 'ATT.FRAG', { valence: '-' }).excerpt(e!, ['ATT.OVL', 'ATT.FRAG'], { valence: '-' })
    const a = diagnose(b.build()).attentionLoad
    expect(a.evidence.map((x) => x.start)).toEqual([0, 10])
    expect(a.count).toBe(1)
  })

  it('is indicative when the managers are under their floor, null when ATT was never coded or nobody is staff', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('employee', 5)[0]!, 'ATT.OVL', { valence: '-' })
    b.respondent('manager')
    expect(diagnose(b.build()).attentionLoad).toMatchObject({ value: 100 / 6, band: 'low', indicative: true })
    const never = new DiagnosisInputBuilder()
    never.excerpt(never.many('employee', 2)[0]!, 'OUT.FIND')
    expect(diagnose(never.build()).attentionLoad).toMatchObject({ value: null, band: null, indicative: false })
    const noStaff = new DiagnosisInputBuilder()
    noStaff.excerpt(noStaff.many('customer', 5)[0]!, 'ATT.OVL', { valence: '-' })
    expect(diagnose(noStaff.build()).attentionLoad).toMatchObject({ value: null, n: 0 })
  })
})

describe('G. enablers', () => {
  it('computes NV over capped excerpts of employees and managers, neutral valences and leaders aside', () => {
    const b = new DiagnosisInputBuilder()
    const [e] = b.many('employee', 5)
    const [m] = b.many('manager', 5)
    b.excerpts(e!, 'MGT.PRA', 4, { valence: '+' }).excerpt(m!, 'MGT.PRA', { valence: '-' })
    b.excerpt(m!, 'MGT.PRA', { valence: '0' }).excerpt(b.respondent('leadership'), 'MGT.PRA', { valence: '-' })
    const g = diagnose(b.build()).enablers['MGT.PRA']
    expect(g).toMatchObject({ code: 'MGT.PRA', nv: 0.5, band: 'enabler', positive: 3, negative: 1 })
    expect(g.supporting).toHaveLength(3)
    expect(g.supporting.every((x) => x.respondentId === e)).toBe(true)
    expect(g.counter).toEqual([expect.objectContaining({ respondentId: m })])
  })

  it('shows the criticisms first for a barrier or a neutral reading', () => {
    const b = new DiagnosisInputBuilder()
    const [e, f] = b.many('employee', 5)
    b.excerpt(e!, 'RH.POL', { valence: '-' }).excerpt(f!, 'RH.POL', { valence: '+' })
    const g = diagnose(b.build()).enablers['RH.POL']
    expect(g).toMatchObject({ nv: 0, band: 'neutral', indicative: false })
    expect(g.supporting).toEqual([expect.objectContaining({ respondentId: e })])
    expect(g.counter).toEqual([expect.objectContaining({ respondentId: f })])
  })

  it('is null without a positive or negative excerpt, and indicative under the staff floors', () => {
    const b = new DiagnosisInputBuilder()
    b.excerpt(b.many('employee', 4)[0]!, 'RH.POL', { valence: '0' })
    expect(diagnose(b.build()).enablers['RH.POL']).toMatchObject({ nv: null, band: null, indicative: false })
    b.excerpt(b.respondent('employee'), 'RH.POL', { valence: '-' })
    expect(diagnose(b.build()).enablers['RH.POL']).toMatchObject({ nv: -1, indicative: false })
    b.respondent('manager')
    expect(diagnose(b.build()).enablers['RH.POL'].indicative).toBe(true)
  })
})

describe('D. collectives', () => {
  it('scores only a collective whose five criteria were all assessed', () => {
    expect(copVerdict('community', [1, 1, 1, 1], S.collectives)).toEqual({ score: null, band: null, mislabel: null })
    expect(copVerdict('community', [1, 1, 1, 1, 1, 1], S.collectives).score).toBeNull()
    expect(copVerdict('community', [0, 0, 0, 0, 0], S.collectives)).toEqual({
      score: 0,
      band: 'projectGroup',
      mislabel: 'projectGroupInDisguise',
    })
  })

  it('calls mislabelled a community of score 1 or less, a project or work group of 4 or more, nothing else', () => {
    const mislabel = (label: string, ones: number) =>
      copVerdict(
        label,
        [0, 1, 2, 3, 4].map((i) => (i < ones ? 1 : 0)),
        S.collectives,
      ).mislabel
    expect(mislabel('community', 1)).toBe('projectGroupInDisguise')
    expect(mislabel('community', 2)).toBeNull()
    expect(mislabel('project', 3)).toBeNull()
    expect(mislabel('project', 4)).toBe('communityCalledProject')
    expect(mislabel('work_group', 4)).toBe('communityCalledProject')
    expect(mislabel('work_group', 3)).toBeNull()
    expect(mislabel('other', 5)).toBeNull()
    expect(mislabel('other', 0)).toBeNull()
    expect(copVerdict('community', [1, 1, 0, 0, 0], S.collectives).band).toBe('hybrid')
    expect(copVerdict('community', [1, 1, 1, 0, 0], S.collectives).band).toBe('hybrid')
  })

  it('links the evidence among the codings that feed the diagnosis, and has no MisRate without a community', () => {
    const b = new DiagnosisInputBuilder()
    b.collective('project', [1, 1, 1, 1, 1], ['+'])
    const input = b.build()
    input.collectives[0]!.evidenceCodingIds.push('not-fed')
    const c = diagnose(input).collectives
    const linked = input.codings[0]!
    expect(c.items[0]!.evidence).toEqual([
      { documentId: linked.documentId, start: linked.start, end: linked.end, respondentId: linked.respondentId },
    ])
    expect(c.items[0]).toMatchObject({
      id: 'col0',
      name: 'col0',
      label: 'project',
      evidenceCodingIds: [linked.id, 'not-fed'],
    })
    expect(c).toMatchObject({ misRate: null, band: null, communityLabelled: 0, inDisguise: 0 })
  })
})

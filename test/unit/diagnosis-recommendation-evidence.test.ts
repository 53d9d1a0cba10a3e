import { describe, expect, it } from 'vitest'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { GROUPS, type Group, type Valence } from '../../shared/domain/groups'
import { DiagnosisInputBuilder } from '../helpers/diagnosis-input'

type Side = { groups: readonly Group[]; keys: string[]; valence?: Valence }
const EMP: Group[] = ['employee']
const STAFF: Group[] = ['employee', 'manager']
const CUST: Group[] = ['customer']

/** What each recommendation quotes (SELF excerpts) and what counts against it. */
const EVIDENCE: Record<string, { quotes: Side; against?: Side }> = {
  R1: {
    quotes: { groups: EMP, keys: ['OUT.EFF', 'OUT.FIND', 'OUT.FLOW'] },
    against: { groups: EMP, keys: ['APP.BEL', 'APP.MEAN', 'APP.REC'] },
  },
  R2: { quotes: { groups: EMP, keys: ['OUT.FIND'] }, against: { groups: EMP, keys: ['OUT.FIND'], valence: '+' } },
  R3: {
    quotes: { groups: EMP, keys: ['OUT.FLOW', 'ATT.FRAG'] },
    against: { groups: EMP, keys: ['OUT.FLOW'], valence: '+' },
  },
  R4: {
    quotes: { groups: STAFF, keys: ['ATT.OVL', 'ATT.FRAG'], valence: '-' },
    against: { groups: STAFF, keys: ['ATT.OVL', 'ATT.FRAG'], valence: '+' },
  },
  R5: { quotes: { groups: GROUPS, keys: ['COL.MIS', 'COL.PRJ'] }, against: { groups: GROUPS, keys: ['COL.COP'] } },
  R6: {
    quotes: { groups: GROUPS, keys: ['COL.COP'], valence: '+' },
    against: { groups: GROUPS, keys: ['COL.COP'], valence: '-' },
  },
  R7: {
    quotes: { groups: CUST, keys: ['CLI.VAL', 'CLI.INFO', 'CLI.SAV'] },
    against: { groups: CUST, keys: ['CLI.CONN'] },
  },
  R8: {
    quotes: { groups: CUST, keys: ['CLI.SAV'], valence: '-' },
    against: { groups: CUST, keys: ['CLI.SAV'], valence: '+' },
  },
  R9: {
    quotes: { groups: CUST, keys: ['CLI.TRUST'], valence: '-' },
    against: { groups: CUST, keys: ['CLI.TRUST'], valence: '+' },
  },
  R10: {
    quotes: { groups: STAFF, keys: ['MGT.PRA'], valence: '-' },
    against: { groups: STAFF, keys: ['MGT.PRA'], valence: '+' },
  },
  R11: {
    quotes: { groups: STAFF, keys: ['RH.POL'], valence: '-' },
    against: { groups: STAFF, keys: ['RH.POL'], valence: '+' },
  },
  R12: {
    quotes: { groups: GROUPS, keys: ['EXE.GOV', 'EXE.GAP'] },
    against: { groups: GROUPS, keys: ['EXE.UC'] },
  },
}
const VALENCES: Valence[] = ['+', '-', '0']

/** One respondent per group, each with one excerpt of every code in every valence. */
function everything() {
  const b = new DiagnosisInputBuilder()
  const said: { respondentId: string; group: Group; key: string; valence: Valence }[] = []
  for (const group of GROUPS) {
    const r = b.respondent(group)
    for (const { key } of b.codes)
      for (const valence of VALENCES) {
        b.excerpt(r, key, { valence })
        said.push({ respondentId: r, group, key, valence })
      }
  }
  const input = b.build()
  return { d: diagnose(input), said: said.map((s, i) => ({ ...s, start: input.codings[i]!.start })) }
}

// The study is diagnosed in each test rather than once for the block: a mutation run credits a
// test only with the code it runs itself, not with what its describe block computed at collection.
describe('the quotes and counter-evidence of each recommendation', () => {
  const matching = (said: ReturnType<typeof everything>['said'], side: Side) =>
    said.filter(
      (s) =>
        side.groups.includes(s.group) && side.keys.includes(s.key) && (!side.valence || s.valence === side.valence),
    )

  it.each(Object.entries(EVIDENCE))('%s quotes what it is about and counts what speaks against it', (id, spec) => {
    const { d, said } = everything()
    const r = d.recommendations.find((x) => x.id === id)!
    const quotes = matching(said, spec.quotes).slice(0, 8)
    expect(r.supporting.map((x) => [x.respondentId, x.start])).toEqual(quotes.map((s) => [s.respondentId, s.start]))
    expect(r.counterCount).toBe(spec.against ? matching(said, spec.against).length : 0)
  })

  it('R0 quotes nothing and counts nothing against itself', () => {
    const { d } = everything()
    expect(d.recommendations.find((x) => x.id === 'R0')).toMatchObject({ supporting: [], counterCount: 0 })
  })

  it('lists the recommendations R0 to R12 in order', () => {
    const { d } = everything()
    expect(d.recommendations.map((r) => r.id)).toEqual(Array.from({ length: 13 }, (_, i) => `R${i}`))
  })
})

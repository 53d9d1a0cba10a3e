import { GROUPS, type Group, type Valence } from '../groups'
import type { Corpus, Excerpt } from './corpus'
import { gt, gte, lt, lte } from './compare'
import { expressedShare, gapOf, selfExcerpts } from './shares'
import { lowestAlpha, feedingCodes } from './reliability'
import { refOf, type Diagnosis, type Recommendation } from './result'
import type { DiagnosisSettings } from '../diagnosis-settings'

type Measures = Omit<Diagnosis, 'recommendations' | 'reliability'>
type Values = Record<string, number | boolean | string | null>

interface Rule {
  id: string
  /** The values the trigger reads; a value with no data is null. */
  read: (c: Corpus, m: Measures, shown: ReadonlySet<string>) => Values
  fires: (v: Values, s: DiagnosisSettings) => boolean
  /** Where its quotes come from (SELF excerpts), and what counts against it. */
  evidence: { groups: readonly Group[]; keys: (c: Corpus) => string[]; valence?: Valence }
  counter?: { groups: readonly Group[]; keys: (c: Corpus) => string[]; valence?: Valence }
}

const EMP: readonly Group[] = ['employee']
const STAFF: readonly Group[] = ['employee', 'manager']
const CUST: readonly Group[] = ['customer']
const n = (v: number | boolean | string | null | undefined): number | null => (typeof v === 'number' ? v : null)
const keys =
  (...k: string[]) =>
  () =>
    k

/** The recommendation library of DIAGNOSIS.md, R0-R12, with their triggers as written there. */
const RULES: Rule[] = [
  {
    id: 'R0',
    read: (c, m, shown) => {
      const under = GROUPS.filter((g) => m.floors[g].under)
      const feeding = feedingCodes(c)
      const alphas = [...shown]
        .map((measure) => lowestAlpha(feeding[measure] ?? [], c.input.alphaByCode))
        .filter((a): a is number => a !== null)
      return { groupsUnderFloor: under.join(',') || '', lowestAlpha: alphas.length ? Math.min(...alphas) : null }
    },
    fires: (v, s) => v.groupsUnderFloor !== '' || lt(n(v.lowestAlpha), s.reliability.unreliableBelow),
    evidence: { groups: [], keys: () => [] },
  },
  {
    id: 'R1',
    read: (_c, m) => ({ idealismIndex: m.idealismIndex.value, employeeLabel: m.pragmatism.byGroup.employee.label }),
    fires: (v, s) => gte(n(v.idealismIndex), s.idealism.idealistAt) && v.employeeLabel === 'pragmatic',
    evidence: { groups: EMP, keys: (c) => c.keysWithRole('pragmatism', 'pragmatic') },
    counter: { groups: EMP, keys: (c) => c.keysWithRole('pragmatism', 'relational') },
  },
  {
    id: 'R2',
    read: (c) => ({
      expressedFind: expressedShare(c, 'employee', ['OUT.FIND']),
      gapFind: gapOf(c, 'employee', 'OUT.FIND'),
    }),
    fires: (v, s) =>
      gte(n(v.expressedFind), s.recommendations.r2FindShare) || lte(n(v.gapFind), s.recommendations.r2FindGap),
    evidence: { groups: EMP, keys: keys('OUT.FIND') },
    counter: { groups: EMP, keys: keys('OUT.FIND'), valence: '+' },
  },
  {
    id: 'R3',
    read: (c, m) => {
      const staff = c.population('employee').length + c.population('manager').length
      const fed = staff > 0 && (c.everCoded('ATT.FRAG') || c.everCoded('ATT.OVL'))
      return {
        expressedFlow: expressedShare(c, 'employee', ['OUT.FLOW']),
        attentionLoad: m.attentionLoad.value,
        fragmentationNegative: fed ? selfExcerpts(c, STAFF, ['ATT.FRAG'], '-').length : null,
        overloadNegative: fed ? selfExcerpts(c, STAFF, ['ATT.OVL'], '-').length : null,
      }
    },
    fires: (v, s) =>
      gte(n(v.expressedFlow), s.recommendations.r3FlowShare) ||
      (gt(n(v.attentionLoad), s.attentionLoad.highAbove) &&
        gt(n(v.fragmentationNegative), n(v.overloadNegative) ?? Infinity)),
    evidence: { groups: EMP, keys: keys('OUT.FLOW', 'ATT.FRAG') },
    counter: { groups: EMP, keys: keys('OUT.FLOW'), valence: '+' },
  },
  {
    id: 'R4',
    read: (_c, m) => ({ attentionLoad: m.attentionLoad.value }),
    fires: (v, s) => gt(n(v.attentionLoad), s.attentionLoad.highAbove),
    evidence: { groups: STAFF, keys: (c) => c.familyKeys('ATT'), valence: '-' },
    counter: { groups: STAFF, keys: (c) => c.familyKeys('ATT'), valence: '+' },
  },
  {
    id: 'R5',
    read: (_c, m) => ({ misRate: m.collectives.misRate }),
    fires: (v, s) => gte(n(v.misRate), s.collectives.blurredAt),
    evidence: { groups: GROUPS, keys: keys('COL.MIS', 'COL.PRJ') },
    counter: { groups: GROUPS, keys: keys('COL.COP') },
  },
  {
    id: 'R6',
    read: (c, m) => ({
      genuineCommunityWithPositiveEvidence:
        m.collectives.items.length === 0
          ? null
          : m.collectives.items.some((k) => {
              // Only the linked codings that feed the diagnosis (DESIGN.md) are read.
              const feeding = c.collectiveEvidence()
              const positive = k.evidenceCodingIds.some((id) => feeding.get(id)?.valence === '+')
              return k.score !== null && k.score >= c.settings.collectives.genuineAt && positive
            }),
      expressedFind: expressedShare(c, 'employee', ['OUT.FIND']),
    }),
    fires: (v, s) =>
      v.genuineCommunityWithPositiveEvidence === true && gte(n(v.expressedFind), s.recommendations.r6FindShare),
    evidence: { groups: GROUPS, keys: keys('COL.COP'), valence: '+' },
    counter: { groups: GROUPS, keys: keys('COL.COP'), valence: '-' },
  },
  {
    id: 'R7',
    read: (c) => {
      const value = expressedShare(c, 'customer', ['CLI.VAL', 'CLI.INFO', 'CLI.SAV'])
      const conn = expressedShare(c, 'customer', ['CLI.CONN'])
      return {
        gapConnection: gapOf(c, 'customer', 'CLI.CONN'),
        valueLead: value !== null && conn !== null ? value - conn : null,
      }
    },
    fires: (v, s) =>
      gte(n(v.gapConnection), s.recommendations.r7ConnGap) || gte(n(v.valueLead), s.recommendations.r7ValueLead),
    evidence: { groups: CUST, keys: keys('CLI.VAL', 'CLI.INFO', 'CLI.SAV') },
    counter: { groups: CUST, keys: keys('CLI.CONN') },
  },
  {
    id: 'R8',
    read: (c) => {
      const all = selfExcerpts(c, CUST, ['CLI.SAV'])
      const negative = selfExcerpts(c, CUST, ['CLI.SAV'], '-')
      return {
        expressedService: expressedShare(c, 'customer', ['CLI.SAV']),
        negativeServiceShare: all.length ? (100 * negative.length) / all.length : null,
      }
    },
    fires: (v, s) => gte(n(v.expressedService), s.recommendations.r8ServiceShare) && gte(n(v.negativeServiceShare), 50),
    evidence: { groups: CUST, keys: keys('CLI.SAV'), valence: '-' },
    counter: { groups: CUST, keys: keys('CLI.SAV'), valence: '+' },
  },
  {
    id: 'R9',
    read: (c) => {
      const e = expressedShare(c, 'customer', ['CLI.TRUST'])
      return {
        negativeTrust: e === null ? null : selfExcerpts(c, CUST, ['CLI.TRUST'], '-').length > 0,
        expressedTrust: e,
      }
    },
    fires: (v, s) => v.negativeTrust === true || gte(n(v.expressedTrust), s.recommendations.r9TrustShare),
    evidence: { groups: CUST, keys: keys('CLI.TRUST'), valence: '-' },
    counter: { groups: CUST, keys: keys('CLI.TRUST'), valence: '+' },
  },
  {
    id: 'R10',
    read: (_c, m) => ({ nvManagement: m.enablers['MGT.PRA'].nv }),
    fires: (v, s) => lte(n(v.nvManagement), s.enablers.barrierAt),
    evidence: { groups: STAFF, keys: keys('MGT.PRA'), valence: '-' },
    counter: { groups: STAFF, keys: keys('MGT.PRA'), valence: '+' },
  },
  {
    id: 'R11',
    read: (c, m) => ({
      nvHrPolicy: m.enablers['RH.POL'].nv,
      expressedRecognition: expressedShare(c, 'employee', ['APP.REC']),
    }),
    fires: (v, s) =>
      lte(n(v.nvHrPolicy), s.enablers.barrierAt) ||
      (gte(n(v.expressedRecognition), s.recommendations.r11RecShare) && lt(n(v.nvHrPolicy), 0)),
    evidence: { groups: STAFF, keys: keys('RH.POL'), valence: '-' },
    counter: { groups: STAFF, keys: keys('RH.POL'), valence: '+' },
  },
  {
    id: 'R12',
    read: (c, m) => {
      const governance = GROUPS.flatMap((g) => c.population(g)).flatMap((r) =>
        c.excerpts(r.id, 'EXE.GOV', { stance: 'SELF' }),
      )
      const activityOnly = governance.every((x) =>
        x.codings.every((k) => !c.keysOf(k.codeId).includes('EXE.GOV') || k.flags.includes('activityOnly')),
      )
      return {
        executionMaturity: m.executionMaturity.value,
        governanceActivityOnly: governance.length ? activityOnly : null,
      }
    },
    fires: (v, s) => lt(n(v.executionMaturity), s.execution.emergingAt) || v.governanceActivityOnly === true,
    evidence: { groups: GROUPS, keys: keys('EXE.GOV', 'EXE.GAP') },
    counter: { groups: GROUPS, keys: keys('EXE.UC') },
  },
]

/** Evaluates every recommendation: triggered, evaluable (some value it reads has data), evidence. */
export function recommendations(corpus: Corpus, measures: Measures, shown: ReadonlySet<string>): Recommendation[] {
  return RULES.map((rule) => {
    const values = rule.read(corpus, measures, shown)
    const evaluable = rule.id === 'R0' || Object.values(values).some((v) => v !== null)
    // More than the 2-3 quotes shown, so that a reader can skip repeats and pick the clearest.
    const supporting = strongestFirst(
      selfExcerpts(corpus, rule.evidence.groups, rule.evidence.keys(corpus), rule.evidence.valence, false),
      8,
    )
    const counter = rule.counter
      ? selfExcerpts(corpus, rule.counter.groups, rule.counter.keys(corpus), rule.counter.valence, false)
      : []
    return {
      id: rule.id,
      triggered: evaluable && rule.fires(values, corpus.settings),
      evaluable,
      values,
      supporting: supporting.map(refOf),
      counterCount: counter.length,
    }
  })
}

/**
 * The `count` highest-intensity excerpts, then in document order: what a full stable sort would put
 * first, found in one pass (each intensity computed once; hundreds of thousands of excerpts at scale).
 */
function strongestFirst(xs: Excerpt[], count: number): Excerpt[] {
  const intensity = (x: Excerpt) => x.codings.reduce((m, c) => Math.max(m, c.intensity ?? 0), 0)
  type Ranked = { x: Excerpt; i: number; strength: number }
  const before = (a: Ranked, b: Ranked) =>
    b.strength - a.strength || a.x.documentOrder - b.x.documentOrder || a.x.start - b.x.start || a.i - b.i
  const top: Ranked[] = []
  let i = 0
  for (const x of new Map(xs.map((x) => [x.id, x])).values()) {
    const r = { x, i: i++, strength: intensity(x) }
    if (top.length === count && before(r, top[count - 1]!) >= 0) continue
    const at = top.findIndex((t) => before(r, t) < 0)
    top.splice(at === -1 ? top.length : at, 0, r)
    if (top.length > count) top.pop()
  }
  return top.map((r) => r.x)
}

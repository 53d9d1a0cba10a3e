import { GROUPS, type Group } from '../groups'
import type { Diagnosis, OverriddenMeasure } from './result'

export interface BandOverride {
  measure: string
  band: string
  reason: string
}
export interface RecommendationOverride {
  recommendation: string
  decision: 'accepted' | 'edited' | 'rejected'
  text: { fr: string | null; en: string | null }
  reason: string
}

/** A consultant's word over a computed band: the computed one stays beside it. */
export interface Overridden {
  override?: { band: string; computedBand: string | null; reason: string }
}

/** The company measures, overridden under their own name. */
const COMPANY = ['idealismIndex', 'collectives', 'executionMaturity', 'attentionLoad'] as const

/**
 * The measure a recommendation's trigger value reads, by the name its override is stored under;
 * the values that are shares of excerpts (expressedFind...) have no band to override.
 */
export const MEASURE_OF_TRIGGER_VALUE: Readonly<Record<string, string>> = {
  idealismIndex: 'idealismIndex',
  employeeLabel: 'pragmatism.employee',
  attentionLoad: 'attentionLoad',
  misRate: 'collectives',
  executionMaturity: 'executionMaturity',
  nvHrPolicy: 'enablers.RH.POL',
  nvManagement: 'enablers.MGT.PRA',
  gapFind: 'perceptionGap.employee.OUT.FIND',
  gapConnection: 'perceptionGap.customer.CLI.CONN',
}

/**
 * The measures a band can be overridden on, by the name stored with the override: the company
 * measures, each group's pragmatism, each perception-gap row ("perceptionGap.employee.OUT.FIND").
 * A recommendation whose trigger reads an overridden measure lists it (the trigger still reads
 * the measured value: an override changes a band, never a value).
 */
export function applyOverrides(
  d: Diagnosis,
  bands: readonly BandOverride[],
  recs: readonly RecommendationOverride[],
): Diagnosis {
  // Nothing to put on top: no copy (at scale the diagnosis holds tens of thousands of refs).
  if (bands.length === 0 && recs.length === 0) return d
  const out = structuredClone(d)
  for (const o of bands) {
    const found = overridable(out, o.measure)
    if (found) (found.target as Overridden).override = { band: o.band, computedBand: found.computed, reason: o.reason }
  }
  for (const r of out.recommendations) {
    const overridden = Object.keys(r.values).flatMap((k): OverriddenMeasure[] => {
      const measure = MEASURE_OF_TRIGGER_VALUE[k]
      const o = measure ? overrideOn(out, measure) : undefined
      return measure && o ? [{ measure, ...o }] : []
    })
    if (overridden.length) r.overridden = overridden
    const o = recs.find((x) => x.recommendation === r.id)
    if (o) r.decision = { decision: o.decision, text: o.text, reason: o.reason }
  }
  return out
}

/** The bands a consultant may set on a measure, by the head of its name; none for an unknown name. */
const BANDS: Readonly<Record<string, readonly string[]>> = {
  idealismIndex: ['idealist', 'leaningIdealist', 'aligned', 'instrumentalBlindSpot'],
  collectives: ['clear', 'blurred', 'projectGroupsInDisguise'],
  executionMaturity: ['declarative', 'emerging', 'operational'],
  attentionLoad: ['low', 'moderate', 'high'],
  enablers: ['barrier', 'neutral', 'enabler'],
  pragmatism: ['pragmatic', 'mixed', 'relational', 'insufficientEvidence'],
  perceptionGap: ['aligned', 'notable', 'major'],
}

export const bandsOf = (measure: string): readonly string[] => BANDS[measure.split('.')[0]!] ?? []

/** Every measure name a band can be overridden on in this diagnosis. */
export function overridableMeasures(d: Diagnosis): string[] {
  return [
    ...COMPANY,
    ...Object.keys(d.enablers).map((k) => `enablers.${k}`),
    ...GROUPS.map((g) => `pragmatism.${g}`),
    ...GROUPS.flatMap((g) => d.perceptionGap[g].map((r) => `perceptionGap.${g}.${r.code}`)),
  ]
}

/** The override laid on a measure's object (a company measure, a group's pragmatism, a gap row), if any. */
export const overrideOf = (m: object): Overridden['override'] => (m as Overridden).override

/** The consultant's band on a measure, when one is set. */
export function overrideOn(d: Diagnosis, measure: string): Overridden['override'] {
  const found = overridable(d, measure)
  return found ? (found.target as Overridden).override : undefined
}

/** The object a measure name points at, and its computed band; null for an unknown name. */
function overridable(d: Diagnosis, measure: string): { target: object; computed: string | null } | null {
  const [head, group, ...rest] = measure.split('.')
  const tail = rest.join('.')
  switch (head) {
    case 'idealismIndex':
    case 'collectives':
    case 'executionMaturity':
    case 'attentionLoad':
      return { target: d[head], computed: d[head].band }
    case 'enablers': {
      const e = d.enablers[`${group}.${tail}` as keyof Diagnosis['enablers']]
      return e ? { target: e, computed: e.band } : null
    }
    case 'pragmatism': {
      const g = d.pragmatism.byGroup[group as Group]
      return g ? { target: g, computed: g.label } : null
    }
    case 'perceptionGap': {
      const row = d.perceptionGap[group as Group]?.find((r) => r.code === tail)
      return row ? { target: row, computed: row.band } : null
    }
    default:
      return null
  }
}

import type { Group } from '../groups'
import type { Diagnosis } from './result'

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

/**
 * The measures a band can be overridden on, by the name stored with the override: the company
 * measures, each group's pragmatism, each perception-gap row ("perceptionGap.employee.OUT.FIND").
 */
export function applyOverrides(
  d: Diagnosis,
  bands: readonly BandOverride[],
  recs: readonly RecommendationOverride[],
): Diagnosis {
  const out = structuredClone(d)
  for (const o of bands) {
    const found = overridable(out, o.measure)
    if (found) (found.target as Overridden).override = { band: o.band, computedBand: found.computed, reason: o.reason }
  }
  for (const r of out.recommendations) {
    const o = recs.find((x) => x.recommendation === r.id)
    if (o) r.decision = { decision: o.decision, text: o.text, reason: o.reason }
  }
  return out
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

import { z } from 'zod'

/**
 * Every threshold of method/DIAGNOSIS.md, with its default. An engagement stores only the values
 * the consultant changed; the engine reads `resolveDiagnosisSettings(stored)`. Operators are not
 * settings: they live beside each band in the engine, as DIAGNOSIS.md writes them.
 */
export type HypothesisPopulation = 'leadership' | 'leadershipAndManagers'

export const DEFAULT_DIAGNOSIS_SETTINGS = {
  /** Cap: excerpts a respondent contributes per code in counts. */
  capPerCode: 3,
  floors: { group: 5, leadership: 3, hypothesis: 3 },
  pragmatism: { minEvidence: 3, pragmaticAt: 0.65, relationalAt: 0.35, groupShare: 60 },
  perceptionGap: { notableAt: 15, majorAt: 30 },
  /** Who makes the hypothesis H: leadership alone (default) or leadership and managers. */
  hypothesisPopulation: 'leadership' as HypothesisPopulation,
  idealism: { idealistAt: 15, leaningAt: 5, blindSpotAt: -5 },
  collectives: { genuineAt: 4, hybridAt: 2, blurredAt: 20, disguiseAbove: 50 },
  execution: { gapShare: 20, emergingAt: 2, operationalAt: 3 },
  attentionLoad: { moderateAt: 20, highAbove: 40 },
  enablers: { barrierAt: -0.3, enablerAt: 0.3 },
  reliability: { unreliableBelow: 0.667, tentativeBelow: 0.8 },
  recommendations: {
    r2FindShare: 40,
    r2FindGap: -15,
    r3FlowShare: 30,
    r6FindShare: 40,
    r7ConnGap: 15,
    r7ValueLead: 20,
    r8ServiceShare: 30,
    r9TrustShare: 20,
    r11RecShare: 30,
  },
}
export type DiagnosisSettings = typeof DEFAULT_DIAGNOSIS_SETTINGS

/** Which codings feed the diagnosis (DESIGN.md, "Which codings feed the diagnosis"). */
export const CodingSource = z.union([
  z.object({ kind: z.literal('auto') }),
  z.object({ kind: z.literal('coder'), coderId: z.uuid() }),
])
export type CodingSource = z.infer<typeof CodingSource>

/** A deep partial of the settings, as stored in an engagement. */
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }
export type StoredDiagnosisSettings = DeepPartial<DiagnosisSettings>

/** What an engagement stores in its settings: the thresholds it changed, and which codings count. */
export const EngagementSettings = z.object({
  diagnosis: z.record(z.string(), z.unknown()).default({}),
  codingSource: CodingSource.default({ kind: 'auto' }),
})
export type EngagementSettings = z.infer<typeof EngagementSettings>

/** Reads stored settings; anything unreadable falls back to the defaults. */
export function readEngagementSettings(stored: unknown): EngagementSettings {
  const parsed = EngagementSettings.safeParse(stored ?? {})
  return parsed.success ? parsed.data : { diagnosis: {}, codingSource: { kind: 'auto' } }
}

export function resolveDiagnosisSettings(stored: unknown): DiagnosisSettings {
  const merged = mergeKnown(DEFAULT_DIAGNOSIS_SETTINGS, stored) as DiagnosisSettings
  // The one setting that is a choice, not a number.
  if (merged.hypothesisPopulation !== 'leadership' && merged.hypothesisPopulation !== 'leadershipAndManagers') {
    merged.hypothesisPopulation = 'leadership'
  }
  return merged
}

/** Takes from `over` only the keys the defaults know, with the defaults' types. */
function mergeKnown(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null) {
    // NaN and Infinity are numbers no threshold can be (and JSON would store them as null).
    if (typeof over === 'number' && !Number.isFinite(over)) return base
    return typeof over === typeof base ? over : base
  }
  const out: Record<string, unknown> = {}
  const o = typeof over === 'object' && over !== null ? (over as Record<string, unknown>) : {}
  for (const [k, v] of Object.entries(base)) out[k] = k in o ? mergeKnown(v, o[k]) : v
  return out
}

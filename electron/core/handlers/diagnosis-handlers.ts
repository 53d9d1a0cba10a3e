import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { diagnosisView } from '../diagnosis/diagnosis-view'
import { evidenceExcerpts } from '../diagnosis/evidence-excerpts'
import { quadrant } from '../../../shared/domain/diagnosis/quadrant'
import { cooccurrence } from '../../../shared/domain/diagnosis/cooccurrence'
import { codersOnSharedAnswers } from '../diagnosis/shared-coders'
import { readEngagementSettings, resolveDiagnosisSettings } from '../../../shared/domain/diagnosis-settings'
import { bandsOf } from '../../../shared/domain/diagnosis/overrides'
import { fail } from '../../../shared/domain/terrain-error'

type DiagnosisHandlers = Pick<
  CoreHandlers,
  | 'diagnosis.dashboard'
  | 'diagnosis.excerpts'
  | 'diagnosis.updateSettings'
  | 'diagnosis.overrideBand'
  | 'diagnosis.clearBandOverride'
  | 'diagnosis.decideRecommendation'
  | 'diagnosis.clearRecommendationDecision'
>

export function diagnosisHandlers(session: Session): DiagnosisHandlers {
  return {
    'diagnosis.dashboard': (_, ctx) => {
      const e = session.requireEngagement()
      // One diagnosis for the whole screen: the figures, the quadrant and the map read the same.
      const { input, diagnosis } = diagnosisView(e, jobOf(ctx))
      const codes = e.codebook.get()
      const familyKey = new Map(codes.families.map((f) => [f.id, f.key]))
      const keyOf = new Map(codes.codes.map((c) => [c.id, c.key]))
      const roleOf = new Map(input.codes.map((c) => [c.key, c.idealism]))
      return {
        diagnosis,
        codes: codes.codes.map((c) => ({
          need:
            c.diagnosis.pragmatism !== null ||
            c.diagnosis.idealism !== null ||
            familyKey.get(c.familyId ?? '') === 'CLI',
          key: c.key,
          name: c.name,
          color: c.color,
          family: c.familyId ? (familyKey.get(c.familyId) ?? null) : null,
        })),
        quadrant: quadrant(
          {
            employee: diagnosis.perceptionGap.employee,
            manager: diagnosis.perceptionGap.manager,
            customer: diagnosis.perceptionGap.customer,
          },
          (code) => roleOf.get(code) ?? null,
        ),
        cooccurrence: cooccurrence(
          input.codings,
          (id) => keyOf.get(id) ?? '',
          codes.codes.map((c) => c.key),
          codersOnSharedAnswers(e.db),
        ),
        settings: input.settings,
      }
    },
    'diagnosis.excerpts': ({ refs }) => evidenceExcerpts(session.requireEngagement(), refs),
    'diagnosis.updateSettings': ({ diagnosis }) => {
      const e = session.requireEngagement()
      const stored = readEngagementSettings(e.info.settings())
      // Only what the engine knows is kept, with the engine's types.
      const next = resolveDiagnosisSettings(deepMerge(stored.diagnosis, diagnosis))
      e.transaction(() => e.info.saveSettings({ ...stored, diagnosis: next }))
      return next
    },
    'diagnosis.overrideBand': (o) => {
      const e = session.requireEngagement()
      const bands = bandsOf(o.measure)
      if (bands.length === 0) fail('INVALID_INPUT', `No band of the diagnosis can be set on ${o.measure}.`)
      if (!bands.includes(o.band))
        fail('INVALID_INPUT', `${o.measure} takes one of the bands ${bands.join(', ')}, not ${o.band}.`)
      e.transaction(() => e.overrides.setBand({ ...o, authorId: null }))
      return null
    },
    'diagnosis.clearBandOverride': ({ measure }) => {
      const e = session.requireEngagement()
      e.transaction(() => e.overrides.clearBand(measure))
      return null
    },
    'diagnosis.decideRecommendation': (o) => {
      const e = session.requireEngagement()
      e.transaction(() => e.overrides.setRecommendation({ ...o, authorId: null }))
      return null
    },
    'diagnosis.clearRecommendationDecision': ({ recommendation }) => {
      const e = session.requireEngagement()
      e.transaction(() => e.overrides.clearRecommendation(recommendation))
      return null
    },
  }
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof over !== 'object' || over === null) return over
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(out[k], v)
  return out
}

import type { Group } from '../domain/groups'
import type { OverriddenMeasure } from '../domain/diagnosis/result'
import type { Overridden } from '../domain/diagnosis/overrides'
import type { MessageKey, Translator } from '../i18n/translate'

/** A band's name in the language; "no data" for none. */
export function bandName(tr: Translator, band: string | null | undefined): string {
  return band ? tr.t(`diag.band.${band}` as MessageKey) : tr.t('diag.noData')
}

/**
 * A band as the app and the report state it: the consultant's where one is set, with the
 * computed one beside it ("moderate, set by the consultant; computed: high").
 */
export function stateBand(tr: Translator, band: string | null | undefined, o: Overridden['override']): string {
  if (!o) return bandName(tr, band)
  return tr.t('diag.overriddenBand', { band: bandName(tr, o.band), computed: bandName(tr, o.computedBand) })
}

/** An overridable measure by its name ("attentionLoad", "enablers.RH.POL", "perceptionGap.employee.OUT.FIND"). */
export function measureName(tr: Translator, measure: string, codeName: (key: string) => string): string {
  const [head, group, ...rest] = measure.split('.')
  const groupName = () => tr.t(`groups.${group as Group}`).toLowerCase()
  switch (head) {
    case 'enablers':
      return codeName(`${group}.${rest.join('.')}`)
    case 'pragmatism':
      return tr.t('diag.measure.ofGroup', { measure: tr.t('diag.measure.pragmatism'), group: groupName() })
    case 'perceptionGap':
      return tr.t('diag.measure.gapRow', { code: codeName(rest.join('.')), group: groupName() })
    default:
      return tr.t(`diag.measure.${head}` as MessageKey)
  }
}

/** The note beside a trigger that reads an overridden measure: the consultant's band, the computed one. */
export function overriddenTriggerNote(tr: Translator, o: OverriddenMeasure, codeName: (key: string) => string): string {
  return tr.t('diag.overriddenTrigger', {
    measure: measureName(tr, o.measure, codeName),
    band: bandName(tr, o.band),
    computed: bandName(tr, o.computedBand),
  })
}

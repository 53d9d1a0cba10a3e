import type { Dashboard } from '../../../shared/api/diagnosis'
import type { Overridden } from '../../../shared/domain/diagnosis/overrides'
import type { Translator } from '../../../shared/i18n/translate'
import { bandName, stateBand } from '../../../shared/report/measure-names'

/**
 * Names and figures the charts and tables use, in the interface language: codes by their name,
 * bands translated (the consultant's band beside the computed one), shares and signed figures
 * with the language's decimal mark.
 */
export function dashboardNames(tr: Translator, d: Dashboard) {
  const codes = new Map(d.codes.map((c) => [c.key, c]))
  return {
    code: (key: string) => codes.get(key)?.name[tr.lang] ?? key,
    colour: (key: string) => codes.get(key)?.color ?? '#999',
    band: (band: string | null | undefined) => bandName(tr, band),
    bandOf: (band: string | null | undefined, o: Overridden['override']) => stateBand(tr, band, o),
    /** A share on 0-100, rounded: "80 %" in French, "80%" in English. */
    pct: (v: number | null | undefined) => tr.percent(v === null || v === undefined ? v : Math.round(v)),
    signed: (v: number | null | undefined, digits = 0) => tr.signed(v, digits),
    number: (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '—' : tr.number(v, digits)),
  }
}
export type DashboardNames = ReturnType<typeof dashboardNames>

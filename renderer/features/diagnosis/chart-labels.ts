import type { Dashboard } from '../../../shared/api/diagnosis'
import type { Translator, MessageKey } from '../../../shared/i18n/translate'

/** Names the charts and tables use: codes by their name in the interface language, bands translated. */
export function dashboardNames(tr: Translator, d: Dashboard) {
  const codes = new Map(d.codes.map((c) => [c.key, c]))
  return {
    code: (key: string) => codes.get(key)?.name[tr.lang] ?? key,
    colour: (key: string) => codes.get(key)?.color ?? '#999',
    band: (band: string | null | undefined) => (band ? tr.t(`diag.band.${band}` as MessageKey) : tr.t('diag.noData')),
  }
}
export type DashboardNames = ReturnType<typeof dashboardNames>

export const formatPct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${Math.round(v)} %`
export const formatSigned = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}`

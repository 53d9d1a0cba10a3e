import { useMemo } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import { cardRows, perceptionGapOption } from '../../../shared/report/charts/perception-gap-chart'
import { IBM_2011 } from '../../../shared/domain/diagnosis/ibm-benchmark'
import { useT } from '../../i18n/language-store'
import { EChart } from '../../components/EChart'
import type { DashboardNames } from './chart-labels'

/** The customers' motive cards next to leadership's beliefs, with the IBM 2011 figures as a benchmark. */
export function MotiveCardsSection({
  d,
  names,
  labels,
}: {
  d: Dashboard['diagnosis']
  names: DashboardNames
  labels: Record<string, { fr: string; en: string }>
}) {
  const { t, lang } = useT()
  const rows = useMemo(() => cardRows(d.motiveCards.customer), [d])
  const option = useMemo(
    () =>
      perceptionGapOption(
        rows,
        {
          said: t('diag.gap.expressed', { group: t('groups.customer').toLowerCase() }),
          believed: t('diag.gap.hypothesis'),
          benchmark: t('diag.cards.benchmark'),
          name: (item) => labels[item]?.[lang] ?? item,
          bandName: names.band,
          indicative: t('diag.indicative'),
          percent: names.pct,
        },
        Object.fromEntries(Object.entries(IBM_2011).map(([k, v]) => [k, v.consumers])),
      ),
    [rows, t, lang, labels, names],
  )
  if (rows.length === 0) return null
  return (
    <section className="card" aria-label={t('diag.cards.title')}>
      <h2>{t('diag.cards.title')}</h2>
      <EChart name="motive-cards" option={option} height={44 + rows.length * 34} />
    </section>
  )
}

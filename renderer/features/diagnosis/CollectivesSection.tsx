import { useMemo } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import { copScoresOption } from '../../../shared/report/charts/collectives-chart'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'
import { EChart } from '../../components/EChart'
import type { DashboardNames } from './chart-labels'
import { useEvidence } from './evidence-store'

/** What the organisation calls each collective, and what the evidence says it is. */
export function CollectivesSection({ d, names }: { d: Dashboard['diagnosis']; names: DashboardNames }) {
  const { t } = useT()
  const show = useEvidence((s) => s.show)
  const items = d.collectives.items
  const labelOf = (label: string) => t(`diag.collectives.label.${label}` as MessageKey)
  const option = useMemo(() => copScoresOption(items, labelOf), [items, t]) // labelOf follows t
  if (items.length === 0) return null
  return (
    <section className="card" aria-label={t('diag.collectives.title')}>
      <h2>{t('diag.collectives.title')}</h2>
      <div className="two-columns">
        <table className="table compact">
          <thead>
            <tr>
              <th>{t('diag.collectives.name')}</th>
              <th>{t('diag.collectives.label')}</th>
              <th className="num">{t('diag.collectives.score')}</th>
              <th>{t('diag.collectives.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} className={c.mislabel ? 'mislabelled' : ''}>
                <td>
                  <button type="button" className="link" onClick={() => show(c.name, c.evidence, labelOf(c.label))}>
                    {c.name}
                  </button>
                </td>
                <td>{labelOf(c.label)}</td>
                <td className="num">{c.score ?? '—'}</td>
                <td>
                  {names.band(c.band)}
                  {c.mislabel && <strong className="warn"> · {t(`diag.collectives.mislabel.${c.mislabel}`)}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <EChart
          name="cop-scores"
          option={option}
          height={40 + items.length * 30}
          onClick={(c) => {
            const item = items.filter((i) => i.score !== null)[c.dataIndex]
            if (item) show(item.name, item.evidence, labelOf(item.label))
          }}
        />
      </div>
    </section>
  )
}

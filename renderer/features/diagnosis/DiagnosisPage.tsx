import { useMemo, useState } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { dashboardNames } from './chart-labels'
import { KpiStrip } from './KpiStrip'
import { GapSection } from './GapSection'
import { MotiveCardsSection } from './MotiveCardsSection'
import { OverviewCharts } from './OverviewCharts'
import { CollectivesSection } from './CollectivesSection'
import { RecommendationsSection } from './RecommendationsSection'
import { EvidencePanel } from './EvidencePanel'
import { ThresholdsDialog } from './ThresholdsDialog'
import './diagnosis.css'

/** The transformation diagnosis: headline measures, the charts, the recommendations, and the quotes behind every figure. */
export function DiagnosisPage() {
  const tr = useT()
  const { t } = tr
  const dashboard = useCall('diagnosis.dashboard', {})
  const guides = useCall('guides.list', {})
  const [thresholds, setThresholds] = useState(false)
  const data = dashboard.data
  const names = useMemo(() => (data ? dashboardNames(tr, data) : null), [data, tr])
  const cardLabels = useMemo(() => {
    const q = (guides.data ?? []).flatMap((g) => g.questions).find((x) => x.options?.motiveCards)
    return Object.fromEntries((q?.options?.items ?? []).map((i) => [i.key, i.label]))
  }, [guides.data])
  if (dashboard.error?.code === 'CANCELLED')
    return (
      <div className="diag-interrupted">
        <p className="muted">{t('diag.interrupted')}</p>
        <button type="button" className="button" onClick={dashboard.reload}>
          {t('diag.computeAgain')}
        </button>
      </div>
    )
  if (!data || !names)
    return <p className="muted">{dashboard.error ? t(`error.${dashboard.error.code}`) : t('diag.loading')}</p>
  const d = data.diagnosis
  return (
    <div className="diagnosis-layout">
      <div className="stack diagnosis">
        <header className="page-header">
          <h1>{t('diag.title')}</h1>
          <button type="button" className="button" data-opens="ThresholdsDialog" onClick={() => setThresholds(true)}>
            {t('diag.thresholds')}
          </button>
        </header>
        <KpiStrip d={d} names={names} />
        <GapSection d={d} names={names} needs={new Set(data.codes.filter((c) => c.need).map((c) => c.key))} />
        <OverviewCharts data={data} names={names} />
        <MotiveCardsSection d={d} names={names} labels={cardLabels} />
        <CollectivesSection d={d} names={names} />
        <RecommendationsSection d={d} names={names} />
      </div>
      <EvidencePanel />
      {thresholds && <ThresholdsDialog settings={data.settings} onClose={() => setThresholds(false)} />}
    </div>
  )
}

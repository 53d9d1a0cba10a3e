import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { EngagementForm } from './EngagementForm'
import { SampleTiles } from './SampleTiles'

export function EngagementPage() {
  const { t, tn } = useT()
  const open = useAppView((s) => s.open)!
  const c = open.counts
  return (
    <div className="stack">
      <section className="card">
        <h2>{t('engagement.sample')}</h2>
        <p className="muted">
          {[
            tn('engagement.respondents', c.respondents),
            tn('engagement.interviewsDone', open.interviewsDone),
            tn('engagement.codes', c.codes),
            tn('engagement.codings', c.codings),
            tn('engagement.collectives', c.collectives),
          ].join(' · ')}
        </p>
        <SampleTiles byGroup={open.respondentsByGroup} />
      </section>
      <EngagementForm key={open.path} />
    </div>
  )
}

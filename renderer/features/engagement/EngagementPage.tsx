import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { EngagementForm } from './EngagementForm'
import { SampleTiles } from './SampleTiles'
import { ProjectExportCard } from './ProjectExportCard'
import { MergeCard } from './MergeCard'
import { EncryptionCard } from '../encryption'
import './engagement.css'

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
        <NextStep />
      </section>
      <EngagementForm key={open.path} />
      <EncryptionCard />
      <MergeCard />
      <ProjectExportCard />
    </div>
  )
}

/** What to do next in the study, from what it holds: people, interviews, codings, the diagnosis. */
function NextStep() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const go = useAppView((s) => s.go)
  const c = open.counts
  const [key, section] =
    c.respondents === 0
      ? (['engagement.next.respondents', 'interviews'] as const)
      : open.interviewsDone === 0
        ? (['engagement.next.interview', 'interviews'] as const)
        : c.codings === 0
          ? (['engagement.next.code', 'coding'] as const)
          : (['engagement.next.diagnosis', 'diagnosis'] as const)
  return (
    <p className="next-step">
      <span>{t(key)}</span>{' '}
      <button type="button" className="button small" onClick={() => go(section)}>
        {t(`engagement.next.go.${section}`)}
      </button>
    </p>
  )
}

import { useMemo } from 'react'
import { call } from '../../api/client'
import { useFileImport } from '../../api/use-file-import'
import { ImportProblems } from '../../components/ImportProblems'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import { formatDate } from '../../../shared/i18n/translate'
import { RespondentsTable } from './RespondentsTable'
import { LiveInterview } from './LiveInterview'
import { CampaignSection } from './CampaignSection'
import { useLiveInterview } from '../../stores/live-interview'

export function InterviewsPage() {
  const tr = useT()
  const { t } = tr
  const running = useLiveInterview((s) => s.interviewId)
  const run = useLiveInterview((s) => s.run)
  const transcript = useFileImport()
  const interviews = useCall('interviews.list', {})
  const respondents = useCall('respondents.list', {})
  const byId = useMemo(() => new Map((respondents.data ?? []).map((r) => [r.id, r])), [respondents.data])
  const importTranscript = (interviewId: string) =>
    transcript.run(async () => {
      const { path } = await call('files.chooseTranscript', {})
      const r = await call('transcripts.import', { interviewId, path })
      return t('interviews.transcriptImported', { turns: r.turns, speakers: r.speakers.join(', ') || '—' })
    })
  if (running) return <LiveInterview interviewId={running} />
  const inProgress = (interviews.data ?? []).filter((i) => i.status === 'in_progress')
  return (
    <div className="stack">
      {inProgress.length > 0 && (
        <section className="card resume" aria-label={t('live.resume')}>
          {inProgress.map((i) => (
            <button key={i.id} type="button" className="button primary" onClick={() => run(i.id)}>
              {t('live.resume')} · {byId.get(i.respondentId)?.code}
            </button>
          ))}
        </section>
      )}
      <CampaignSection />
      <RespondentsTable respondents={respondents.data ?? []} onInterview={(id) => run(id)} />
      <section className="card">
        <h2>{t('interviews.title')}</h2>
        {transcript.done && (
          <p className="import-done" role="status">
            {transcript.done}
          </p>
        )}
        {transcript.refused && <ImportProblems error={transcript.refused} />}
        {interviews.data?.length ? (
          <table className="table">
            <thead>
              <tr>
                <th>{t('interviews.respondent')}</th>
                <th>{t('respondents.group')}</th>
                <th>{t('interviews.date')}</th>
                <th>{t('interviews.duration')}</th>
                <th>{t('interviews.place')}</th>
                <th>{t('interviews.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {interviews.data.map((i) => {
                const r = byId.get(i.respondentId)
                const minutes =
                  i.startedAt && i.endedAt
                    ? Math.round((Date.parse(i.endedAt) - Date.parse(i.startedAt)) / 60_000)
                    : null
                return (
                  <tr key={i.id}>
                    <td className="mono">{r?.code}</td>
                    <td>{r && <GroupBadge group={r.group} />}</td>
                    <td>{formatDate(tr.lang, i.startedAt)}</td>
                    <td>{minutes !== null ? t('interviews.minutes', { count: minutes }) : ''}</td>
                    <td>{i.place}</td>
                    <td>
                      <span className={`status status-${i.status}`}>{t(`interviewStatus.${i.status}`)}</span>
                    </td>
                    <td>
                      <button type="button" className="button ghost small" onClick={() => void importTranscript(i.id)}>
                        {t('interviews.importTranscript')}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('interviews.empty')}</p>
        )}
      </section>
    </div>
  )
}

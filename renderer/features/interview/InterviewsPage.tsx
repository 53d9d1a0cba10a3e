import { useMemo, useState } from 'react'
import { call } from '../../api/client'
import { useFileImport } from '../../api/use-file-import'
import { ImportProblems } from '../../components/ImportProblems'
import { toApiError, useCall } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Interview } from '../../../shared/domain/interview'
import type { RespondentRow } from '../../../shared/api/study'
import { RespondentsTable } from './RespondentsTable'
import { LiveInterview } from './LiveInterview'
import { CampaignSection } from './CampaignSection'
import { InterviewChoiceDialog } from './InterviewChoiceDialog'
import { DiscardInterviewDialog } from './DiscardInterviewDialog'
import { TranscriptSpeakersDialog } from './TranscriptSpeakersDialog'
import type { TranscriptPreview } from '../../../shared/api/transcripts'
import { interviewMinutes } from './interview-time'
import { useLiveInterview } from '../../stores/live-interview'
import './interview.css'

export function InterviewsPage() {
  const { t, date } = useT()
  const running = useLiveInterview((s) => s.interviewId)
  const run = useLiveInterview((s) => s.run)
  const showError = useAppView((s) => s.showError)
  const transcript = useFileImport()
  const interviews = useCall('interviews.list', {})
  const respondents = useCall('respondents.list', {})
  const [choosing, setChoosing] = useState<RespondentRow | null>(null)
  const [discarding, setDiscarding] = useState<Interview | null>(null)
  const [notice, setNotice] = useState('')
  const byId = useMemo(() => new Map((respondents.data ?? []).map((r) => [r.id, r])), [respondents.data])
  const [speakers, setSpeakers] = useState<{ interviewId: string; path: string; preview: TranscriptPreview } | null>(
    null,
  )
  const imported = (r: { turns: number; speakers: string[] }) =>
    t('interviews.transcriptImported', { turns: r.turns, speakers: r.speakers.join(', ') || '—' })
  // A file that names its speakers is shown first, to say which one is the interviewer.
  const importTranscript = (interviewId: string) =>
    transcript.run(async () => {
      const { path } = await call('files.chooseTranscript', {})
      const preview = await call('transcripts.preview', { path })
      if (preview.speakers.length > 0) {
        setSpeakers({ interviewId, path, preview })
        return null
      }
      return imported(await call('transcripts.import', { interviewId, path }))
    })
  const startNew = async (respondentId: string) => {
    setChoosing(null)
    try {
      const started = await call('interviews.start', { respondentId })
      // The list must know it at once: "Interview" on this respondent now offers a choice.
      run(started.id)
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  // A respondent already interviewed gets a choice; a new one starts at once.
  const onInterview = (r: RespondentRow) => {
    const theirs = (interviews.data ?? []).filter((i) => i.respondentId === r.id)
    if (theirs.length === 0) void startNew(r.id)
    else setChoosing(r)
  }
  const codeOf = (i: Interview) => byId.get(i.respondentId)?.code ?? ''
  if (running) return <LiveInterview interviewId={running} />
  const inProgress = (interviews.data ?? []).filter((i) => i.status === 'in_progress')
  return (
    <div className="stack">
      {inProgress.length > 0 && (
        <section className="card resume" aria-label={t('live.resume')}>
          {inProgress.map((i) => (
            <div key={i.id} className="resume-row">
              <button type="button" className="button primary" onClick={() => run(i.id)}>
                {t('live.resume')} · {codeOf(i)}
              </button>
              <button type="button" className="button ghost small" onClick={() => setDiscarding(i)}>
                {t('lifecycle.discard')}
              </button>
            </div>
          ))}
        </section>
      )}
      {notice && (
        <p className="import-done" role="status">
          {notice}
        </p>
      )}
      <CampaignSection />
      <RespondentsTable respondents={respondents.data ?? []} onInterview={onInterview} />
      <section className="card">
        <h2>{t('interviews.title')}</h2>
        {transcript.done && (
          <p className="import-done" role="status">
            {transcript.done}
          </p>
        )}
        {transcript.refused && <ImportProblems error={transcript.refused} />}
        {interviews.data?.length ? (
          <div className="table-scroll">
            <table className="table interviews-table">
              <thead>
                <tr>
                  <th>{t('interviews.respondent')}</th>
                  <th>{t('respondents.group')}</th>
                  <th>{t('interviews.date')}</th>
                  <th>{t('interviews.duration')}</th>
                  <th>{t('interviews.place')}</th>
                  <th>{t('interviews.status')}</th>
                  <th>
                    <span className="sr-only">{t('lifecycle.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {interviews.data.map((i) => {
                  const r = byId.get(i.respondentId)
                  const minutes = interviewMinutes(i)
                  const open = i.status === 'in_progress' || i.status === 'planned'
                  return (
                    <tr key={i.id}>
                      <td className="mono">{r?.code}</td>
                      <td>{r && <GroupBadge group={r.group} />}</td>
                      <td className="when">{date(i.startedAt)}</td>
                      <td className="duration">
                        {minutes !== null ? t('interviews.minutes', { count: minutes }) : ''}
                      </td>
                      <td>{i.place}</td>
                      <td>
                        <span className={`status status-${i.status}`}>{t(`interviewStatus.${i.status}`)}</span>
                      </td>
                      <td className="row-actions">
                        <button type="button" className="button small" onClick={() => run(i.id)}>
                          {open ? t('lifecycle.resume') : t('lifecycle.review')}
                        </button>
                        <button
                          type="button"
                          className="button ghost small"
                          data-opens="DiscardInterviewDialog"
                          onClick={() => setDiscarding(i)}
                        >
                          {t('lifecycle.discard')}
                        </button>
                        <button
                          type="button"
                          className="button ghost small"
                          data-opens="TranscriptSpeakersDialog"
                          onClick={() => void importTranscript(i.id)}
                        >
                          {t('interviews.importTranscript')}
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('interviews.empty')}</p>
        )}
      </section>
      {choosing && (
        <InterviewChoiceDialog
          respondent={choosing}
          interviews={(interviews.data ?? []).filter((i) => i.respondentId === choosing.id)}
          onResume={(id) => {
            setChoosing(null)
            run(id)
          }}
          onNew={() => void startNew(choosing.id)}
          onDiscard={(i) => {
            setChoosing(null)
            setDiscarding(i)
          }}
          onClose={() => setChoosing(null)}
        />
      )}
      {speakers && (
        <TranscriptSpeakersDialog
          preview={speakers.preview}
          onClose={() => setSpeakers(null)}
          onImport={(interviewer) => {
            const { interviewId, path } = speakers
            setSpeakers(null)
            void transcript.run(async () =>
              imported(await call('transcripts.import', { interviewId, path, interviewer })),
            )
          }}
        />
      )}
      {discarding && (
        <DiscardInterviewDialog
          interviewId={discarding.id}
          code={codeOf(discarding)}
          onClose={() => setDiscarding(null)}
          onDiscarded={() => {
            setNotice(t('lifecycle.discarded', { code: codeOf(discarding) }))
            setDiscarding(null)
          }}
        />
      )}
    </div>
  )
}

import { Dialog } from '../../components/Dialog'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import type { Interview } from '../../../shared/domain/interview'
import type { RespondentRow } from '../../../shared/api/study'

/**
 * "Interview" on a respondent who already has one: resume it, review it, or start another on
 * purpose; never a second interview by accident.
 */
export function InterviewChoiceDialog(p: {
  respondent: RespondentRow
  interviews: Interview[]
  onResume: (interviewId: string) => void
  onNew: () => void
  onDiscard: (interview: Interview) => void
  onClose: () => void
}) {
  const { t } = useT()
  return (
    <Dialog
      title={t('lifecycle.choiceTitle', { code: p.respondent.code })}
      onClose={p.onClose}
      className="interview-choice"
      actions={
        <button type="button" className="button ghost" onClick={p.onClose}>
          {t('lifecycle.cancel')}
        </button>
      }
    >
      <p>{t('lifecycle.choiceIntro', { code: p.respondent.code })}</p>
      <ul className="choice-list">
        {p.interviews.map((i, n) => (
          <InterviewChoice
            key={i.id}
            interview={i}
            first={n === 0}
            onOpen={() => p.onResume(i.id)}
            onDiscard={() => p.onDiscard(i)}
          />
        ))}
        <li>
          <div>
            <strong>{t('lifecycle.newOnPurpose')}</strong>
            <div className="muted">{t('lifecycle.newHint')}</div>
          </div>
          <button type="button" className="button" onClick={p.onNew}>
            {t('lifecycle.newOnPurpose')}
          </button>
        </li>
      </ul>
    </Dialog>
  )
}

function InterviewChoice(p: { interview: Interview; first: boolean; onOpen: () => void; onDiscard: () => void }) {
  const { t, date } = useT()
  const live = useCall('interviews.live', { interviewId: p.interview.id })
  const guides = useCall('guides.list', {})
  const questions = guides.data?.find((g) => g.id === p.interview.guideId)?.questions ?? []
  const data = live.data
  const answered = data
    ? questions.filter((q) => (data.answers[q.id] ?? '').trim() !== '' || data.closed[q.id]).length
    : 0
  const status = p.interview.status
  const counts = { answered, total: questions.length }
  const line =
    status === 'in_progress' || status === 'planned'
      ? t('lifecycle.inProgress', { date: date(p.interview.startedAt), ...counts })
      : status === 'imported'
        ? t('lifecycle.imported', { date: date(p.interview.startedAt ?? p.interview.endedAt) })
        : t('lifecycle.completed', { date: date(p.interview.endedAt ?? p.interview.startedAt), ...counts })
  const resumable = status === 'in_progress' || status === 'planned'
  return (
    <li>
      <div>
        <strong>{t(`interviewStatus.${status}`)}</strong>
        <div className="muted">{line}</div>
      </div>
      <div className="row-actions">
        <button type="button" className="button ghost small" onClick={p.onDiscard}>
          {t('lifecycle.discard')}
        </button>
        <button type="button" className="button primary" autoFocus={p.first} onClick={p.onOpen}>
          {resumable ? t('lifecycle.resume') : t('lifecycle.review')}
        </button>
      </div>
    </li>
  )
}

import { Dialog } from '../../components/Dialog'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

/**
 * Says what discarding an interview deletes, counted by core, before the consultant confirms; an
 * interview whose words are coded is kept, and the dialog says why.
 */
export function DiscardInterviewDialog(p: {
  interviewId: string
  code: string
  onClose: () => void
  onDiscarded: () => void
}) {
  const { t, tn } = useT()
  const impact = useCall('interviews.discardImpact', { interviewId: p.interviewId })
  const discard = useMutation('interviews.discard')
  const showError = useAppView((s) => s.showError)
  const i = impact.data
  const lines = i
    ? [
        ...(['answers', 'closedAnswers', 'transcripts'] as const)
          .filter((k) => i[k] > 0)
          .map((k) => tn(`lifecycle.impact.${k}`, i[k])),
        ...(i.hasNotes ? [t('lifecycle.impact.notes')] : []),
      ]
    : []
  const confirm = async () => {
    try {
      await discard({ interviewId: p.interviewId })
      p.onDiscarded()
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const refused = i !== undefined && i.codings > 0
  return (
    <Dialog
      title={t('lifecycle.discardTitle', { code: p.code })}
      onClose={p.onClose}
      alert
      actions={
        <>
          <button type="button" className="button ghost" autoFocus onClick={p.onClose}>
            {t('lifecycle.cancel')}
          </button>
          {!refused && (
            <button type="button" className="button danger" disabled={!i} onClick={() => void confirm()}>
              {t('lifecycle.discardConfirm')}
            </button>
          )}
        </>
      }
    >
      {refused && <p className="inline-problem">{t('lifecycle.discardRefused', { count: i.codings })}</p>}
      {!refused && i && lines.length > 0 && (
        <>
          <p>{t('lifecycle.discardIntro')}</p>
          <ul className="delete-impact">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}
      {!refused && i && lines.length === 0 && <p>{t('lifecycle.discardNothing')}</p>}
    </Dialog>
  )
}

import { Dialog } from '../../components/Dialog'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { DeleteImpact } from '../../../shared/api/codebook'
import type { Code } from '../../../shared/domain/codebook'

const COUNTED = ['subCodes', 'codings', 'collectiveEvidence', 'reportPicks', 'memos'] as const

/** States what goes with the code, counted by core, before the consultant confirms the delete. */
export function DeleteCodeDialog(p: { code: Code; keyFixed: boolean; onClose: () => void; onDeleted: () => void }) {
  const { t, tn } = useT()
  const impact = useCall('codebook.deleteImpact', { codeId: p.code.id })
  const remove = useMutation('codebook.deleteCode')
  const showError = useAppView((s) => s.showError)
  const confirm = async () => {
    try {
      await remove({ codeId: p.code.id })
      p.onDeleted()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = t('codebookEdit.deleteTitle', { key: p.code.key })
  const counted = (i: DeleteImpact) => COUNTED.filter((k) => i[k] > 0)
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      alert
      actions={
        <>
          <button type="button" className="button ghost" autoFocus onClick={p.onClose}>
            {t('codebookEdit.cancel')}
          </button>
          <button type="button" className="button danger" disabled={!impact.data} onClick={() => void confirm()}>
            {t('codebookEdit.deleteConfirm')}
          </button>
        </>
      }
    >
      {impact.data && counted(impact.data).length > 0 && (
        <>
          <p>{t('codebookEdit.deleteIntro', { key: p.code.key })}</p>
          <ul className="delete-impact">
            {counted(impact.data).map((k) => (
              <li key={k}>{tn(`codebookEdit.impact.${k}`, impact.data![k])}</li>
            ))}
          </ul>
        </>
      )}
      {impact.data && counted(impact.data).length === 0 && (
        <p>{t('codebookEdit.deleteNothing', { key: p.code.key })}</p>
      )}
      {p.keyFixed && <p className="inline-problem">{t('codebookEdit.deleteDefault', { key: p.code.key })}</p>}
    </Dialog>
  )
}

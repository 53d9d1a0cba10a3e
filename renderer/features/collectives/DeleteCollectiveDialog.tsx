import { Dialog } from '../../components/Dialog'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

/** Asks before deleting a card: its evidence links go, the codings stay. */
export function DeleteCollectiveDialog(p: { card: CollectiveCard; onClose: () => void }) {
  const { t, tn } = useT()
  const remove = useMutation('collectives.remove')
  const showError = useAppView((s) => s.showError)
  const links = p.card.evidence.length
  const title = t('collectives.deleteTitle', { name: p.card.name })
  const confirm = async () => {
    try {
      await remove({ collectiveId: p.card.id })
      p.onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      alert
      actions={
        <>
          <button type="button" className="button ghost" autoFocus onClick={p.onClose}>
            {t('collectives.cancel')}
          </button>
          <button type="button" className="button danger" onClick={() => void confirm()}>
            {t('collectives.deleteConfirm')}
          </button>
        </>
      }
    >
      <p>{links > 0 ? tn('collectives.deleteBody', links) : t('collectives.deleteEmpty')}</p>
    </Dialog>
  )
}

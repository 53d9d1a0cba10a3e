import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import type { CollectiveLabel } from '../../../shared/domain/collective'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { LabelSelect } from './LabelSelect'

/** Names a new collective (with its label), or renames one; a name already taken is said inline. */
export function CollectiveNameDialog(p: { card: CollectiveCard | null; onClose: () => void }) {
  const { t } = useT()
  const create = useMutation('collectives.create')
  const update = useMutation('collectives.update')
  const showError = useAppView((s) => s.showError)
  const [name, setName] = useState(p.card?.name ?? '')
  const [label, setLabel] = useState<CollectiveLabel>('community')
  const [taken, setTaken] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!name.trim()) return
    try {
      if (p.card) await update({ collectiveId: p.card.id, patch: { name } })
      else await create({ name, label })
      p.onClose()
    } catch (err) {
      const error = toApiError(err).error
      if (error.code === 'CONFLICT') setTaken(true)
      else showError(error)
    }
  }
  const title = t(p.card ? 'collectives.renameTitle' : 'collectives.newTitle')
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('collectives.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim()}>
            {t(p.card ? 'collectives.save' : 'collectives.create')}
          </button>
        </>
      }
    >
      <label>
        {t('collectives.name')}
        <input
          value={name}
          autoFocus
          maxLength={120}
          aria-invalid={taken}
          onChange={(e) => {
            setName(e.target.value)
            setTaken(false)
          }}
        />
      </label>
      {taken && (
        <p className="form-problems" role="alert">
          {t('collectives.nameTaken')}
        </p>
      )}
      {!p.card && <LabelSelect value={label} onChange={setLabel} />}
    </Dialog>
  )
}

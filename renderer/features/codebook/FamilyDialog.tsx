import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { CodeFamily } from '../../../shared/domain/codebook'
import { ColourField } from './ColourField'
import { TextField } from './TextField'
import { DialogButtons } from './DialogButtons'

/** Names a new family, or renames and recolours one (its key stays: code keys start with it). */
export function FamilyDialog(p: { family: CodeFamily | null; onClose: () => void; onSaved?: () => void }) {
  const { t, lang } = useT()
  const create = useMutation('codebook.createFamily')
  const update = useMutation('codebook.updateFamily')
  const showError = useAppView((s) => s.showError)
  const [name, setName] = useState(p.family?.name ?? { fr: '', en: '' })
  const [color, setColor] = useState(p.family?.color ?? '#455A64')
  const [exclusive, setExclusive] = useState(p.family?.exclusive ?? false)
  const named = name.fr.trim() !== '' || name.en.trim() !== ''
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!named) return
    try {
      if (p.family) await update({ familyId: p.family.id, name, color, exclusive })
      else await create({ name, color, exclusive })
      p.onSaved?.()
      p.onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = p.family
    ? t('codebookEdit.familyTitleEdit', { name: p.family.name[lang] })
    : t('codebookEdit.familyTitleNew')
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      onSubmit={submit}
      actions={<DialogButtons onCancel={p.onClose} label={t('codebookEdit.save')} disabled={!named} />}
    >
      <TextField
        label={t('codebookEdit.nameFr')}
        value={name.fr}
        onChange={(fr) => setName({ ...name, fr })}
        autoFocus
      />
      <TextField label={t('codebookEdit.nameEn')} value={name.en} onChange={(en) => setName({ ...name, en })} />
      <ColourField value={color} onChange={setColor} />
      <label className="inline-check">
        <input type="checkbox" checked={exclusive} onChange={(e) => setExclusive(e.target.checked)} />
        <span>
          {t('codebookEdit.familyExclusive')}
          <span className="muted block">{t('codebookEdit.familyExclusiveHint')}</span>
        </span>
      </label>
      {!named && <p className="inline-problem">{t('codebookEdit.problem.familyName')}</p>}
    </Dialog>
  )
}

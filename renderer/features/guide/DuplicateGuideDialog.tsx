import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { Group } from '../../../shared/domain/groups'
import { GroupSelect } from '../../components/GroupSelect'
import type { Guide } from '../../../shared/domain/guide'
import { translate } from '../../../shared/i18n/translate'

/** A copy of a guide for another group (partners, a second customer segment…), to adapt. */
export function DuplicateGuideDialog(p: { guide: Guide; onDone: (copy: Guide) => void; onClose: () => void }) {
  const { t, lang } = useT()
  const duplicate = useMutation('guides.duplicate')
  const showError = useAppView((s) => s.showError)
  const [group, setGroup] = useState<Group>(p.guide.group === 'other' ? 'customer' : 'other')
  const [nameFr, setNameFr] = useState(() => translate('fr', 'guideEdit.copyOf', { name: p.guide.name.fr }))
  const [nameEn, setNameEn] = useState(() => translate('en', 'guideEdit.copyOf', { name: p.guide.name.en }))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      p.onDone(await duplicate({ guideId: p.guide.id, group, name: { fr: nameFr.trim(), en: nameEn.trim() } }))
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = t('guideEdit.duplicateTitle', { name: p.guide.name[lang] })
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('guideEdit.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!nameFr.trim() || !nameEn.trim()}>
            {t('guideEdit.save')}
          </button>
        </>
      }
    >
      <label>
        {t('guideEdit.duplicateGroup')}
        <GroupSelect value={group} onChange={setGroup} autoFocus />
      </label>
      <label>
        {t('guideEdit.duplicateNameFr')}
        <input value={nameFr} onChange={(e) => setNameFr(e.target.value)} />
      </label>
      <label>
        {t('guideEdit.duplicateNameEn')}
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </label>
    </Dialog>
  )
}

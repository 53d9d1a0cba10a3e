import { Dialog } from '../../components/Dialog'
import { useEffect, useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupSelect } from '../../components/GroupSelect'
import type { Group } from '../../../shared/domain/groups'
import type { RespondentRow } from '../../../shared/api/study'

/** Corrects a respondent: code, group, role, unit, site, and the real name kept apart. */
export function EditRespondentDialog({ respondent: r, onClose }: { respondent: RespondentRow; onClose: () => void }) {
  const { t } = useT()
  const update = useMutation('respondents.update')
  const showError = useAppView((s) => s.showError)
  const [code, setCode] = useState(r.code)
  const [group, setGroup] = useState<Group>(r.group)
  const [role, setRole] = useState(r.role ?? '')
  const [unit, setUnit] = useState(r.unit ?? '')
  const [site, setSite] = useState(r.site ?? '')
  const [realName, setRealName] = useState('')
  useEffect(() => {
    call('respondents.realName', { respondentId: r.id }).then(
      (x) => setRealName(x.realName ?? ''),
      (e: unknown) => showError(toApiError(e).error),
    )
  }, [r.id, showError])
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await update({
        respondentId: r.id,
        respondent: { code: code.trim(), group, role: role || null, unit: unit || null, site: site || null },
        realName: realName.trim() || null,
      })
      onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const title = t('respondents.editTitle', { code: r.code })
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      actions={
        <>
          <button type="button" className="button ghost" onClick={onClose}>
            {t('respondents.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={code.trim() === ''}>
            {t('respondents.saveEdit')}
          </button>
        </>
      }
    >
      <label>
        {t('respondents.code')}
        <input value={code} autoFocus onChange={(e) => setCode(e.target.value)} />
      </label>
      <label>
        {t('respondents.group')}
        <GroupSelect singular value={group} onChange={setGroup} />
      </label>
      {(
        [
          ['respondents.role', role, setRole],
          ['respondents.unit', unit, setUnit],
          ['respondents.site', site, setSite],
          ['respondents.realName', realName, setRealName],
        ] as const
      ).map(([label, value, set]) => (
        <label key={label}>
          {t(label)}
          <input value={value} onChange={(e) => set(e.target.value)} />
        </label>
      ))}
    </Dialog>
  )
}

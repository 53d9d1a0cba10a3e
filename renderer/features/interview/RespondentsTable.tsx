import { useState, type FormEvent } from 'react'
import { useMutation, toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Group } from '../../../shared/domain/groups'
import { GroupSelect } from '../../components/GroupSelect'
import type { RespondentRow } from '../../../shared/api/study'
import { nextRespondentCode } from '../../../shared/domain/respondent'
import { ImportRespondents } from './ImportRespondents'
import { EditRespondentDialog } from './EditRespondentDialog'

export function RespondentsTable({
  respondents,
  onInterview,
}: {
  respondents: RespondentRow[]
  /** "Interview" on a row: the page decides whether to start, resume or ask. */
  onInterview: (respondent: RespondentRow) => void
}) {
  const { t } = useT()
  const [editing, setEditing] = useState<RespondentRow | null>(null)
  return (
    <section className="card">
      <h2>{t('respondents.title')}</h2>
      <ImportRespondents />
      <NewRespondentForm nextCode={nextRespondentCode(respondents.map((r) => r.code))} />
      {respondents.length ? (
        <table className="table" aria-label={t('respondents.title')}>
          <thead>
            <tr>
              <th>{t('respondents.code')}</th>
              <th>{t('respondents.group')}</th>
              <th>{t('respondents.role')}</th>
              <th>{t('respondents.unit')}</th>
              <th>{t('respondents.site')}</th>
              <th className="num">{t('respondents.interviewsDone')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {respondents.map((r) => (
              <tr key={r.id}>
                <td className="mono">{r.code}</td>
                <td>
                  <GroupBadge group={r.group} />
                </td>
                <td>{r.role}</td>
                <td>{r.unit}</td>
                <td>{r.site}</td>
                <td className="num">{r.interviewsDone}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button ghost small"
                    data-opens="EditRespondentDialog"
                    onClick={() => setEditing(r)}
                  >
                    {t('respondents.edit')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    data-opens={r.interviews > 0 ? 'InterviewChoiceDialog' : undefined}
                    onClick={() => onInterview(r)}
                  >
                    {t('live.start')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('respondents.empty')}</p>
      )}
      {editing && <EditRespondentDialog respondent={editing} onClose={() => setEditing(null)} />}
    </section>
  )
}

function NewRespondentForm({ nextCode }: { nextCode: string }) {
  const { t } = useT()
  const create = useMutation('respondents.create')
  const showError = useAppView((s) => s.showError)
  const [code, setCode] = useState('')
  const [group, setGroup] = useState<Group>('employee')
  const [role, setRole] = useState('')
  const [unit, setUnit] = useState('')
  const [site, setSite] = useState('')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await create({ code: code.trim() || nextCode, group, role: role || null, unit: unit || null, site: site || null })
      setCode('')
      setRole('')
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('respondents.add')}>
      <input
        aria-label={t('respondents.code')}
        placeholder={nextCode}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        className="short"
      />
      <GroupSelect singular label={t('respondents.group')} value={group} onChange={setGroup} />
      <input
        aria-label={t('respondents.role')}
        placeholder={t('respondents.role')}
        value={role}
        onChange={(e) => setRole(e.target.value)}
      />
      <input
        aria-label={t('respondents.unit')}
        placeholder={t('respondents.unit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
      />
      <input
        aria-label={t('respondents.site')}
        placeholder={t('respondents.site')}
        value={site}
        onChange={(e) => setSite(e.target.value)}
      />
      <button type="submit" className="button primary">
        {t('respondents.save')}
      </button>
    </form>
  )
}

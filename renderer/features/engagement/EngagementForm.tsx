import { useState } from 'react'
import { call } from '../../api/client'
import { useAppView } from '../../stores/app-view'
import { useAutosave } from '../../components/use-autosave'
import { DateField } from '../../components/DateField'
import { useT } from '../../i18n/language-store'
import type { EngagementPatch } from '../../../shared/domain/engagement'
import type { Language } from '../../../shared/domain/groups'

/** The study's details, saved as the consultant types (no Save button). */
export function EngagementForm() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const info = open.info
  const [draft, setDraft] = useState({
    client: info.client,
    title: info.title,
    language: info.language,
    startDate: info.startDate ?? '',
    endDate: info.endDate ?? '',
    consultants: info.consultants.join('\n'),
  })
  type Draft = typeof draft
  const autosave = useAutosave<'details', Draft>(async (_key, d) => {
    const patch: EngagementPatch = {
      client: d.client,
      title: d.title,
      language: d.language,
      startDate: d.startDate || null,
      endDate: d.endDate || null,
      consultants: d.consultants
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    }
    useAppView.setState({ open: await call('engagement.update', patch) })
  })
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    autosave.change('details', next)
  }
  const onBlur = () => void autosave.flush()

  return (
    <section className="card">
      <h2>{t('engagement.details')}</h2>
      <div className="form-grid" onBlur={onBlur}>
        <label>
          {t('engagement.client')}
          <input value={draft.client} onChange={(e) => change({ client: e.target.value })} maxLength={200} />
        </label>
        <label>
          {t('engagement.title')}
          <input value={draft.title} onChange={(e) => change({ title: e.target.value })} maxLength={300} />
        </label>
        <label>
          {t('engagement.language')}
          <select value={draft.language} onChange={(e) => change({ language: e.target.value as Language })}>
            <option value="fr">{t('app.languageName.fr')}</option>
            <option value="en">{t('app.languageName.en')}</option>
          </select>
        </label>
        <div className="form-row">
          <label>
            {t('engagement.start')}
            <DateField
              label={t('engagement.start')}
              value={draft.startDate}
              onChange={(startDate) => change({ startDate })}
            />
          </label>
          <label>
            {t('engagement.end')}
            <DateField label={t('engagement.end')} value={draft.endDate} onChange={(endDate) => change({ endDate })} />
          </label>
        </div>
        <label className="span-2">
          {t('engagement.consultants')}
          <textarea
            rows={3}
            value={draft.consultants}
            placeholder={t('engagement.consultantsHint')}
            onChange={(e) => change({ consultants: e.target.value })}
          />
        </label>
        <div className="span-2 muted" data-content>
          {t('engagement.fileAt', { path: open.path })}
        </div>
      </div>
    </section>
  )
}

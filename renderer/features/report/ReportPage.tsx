import { useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useCall } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { Language } from '../../../shared/domain/groups'
import { SummaryEditor } from './SummaryEditor'
import { VerbatimPicker } from './VerbatimPicker'
import { ReportPreview } from './ReportPreview'
import { DeliverableExports } from './DeliverableExports'
import './report.css'

/** The client report: the consultant's texts and verbatims on the left, the live preview on the right. */
export function ReportPage() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const showError = useAppView((s) => s.showError)
  const [language, setLanguage] = useState<Language>(open.info.language)
  const preview = useCall('report.preview', { language })
  const [status, setStatus] = useState<string | null>(null)
  const [namesChecked, setNamesChecked] = useState(false)
  const warnings = preview.data?.warnings ?? []
  const suggestedName = `${open.info.client || 'Terrain'} - ${open.info.title || 'report'}`
  const exportPdf = async () => {
    try {
      const { path } = await call('files.chooseReportPath', { suggestedName })
      setStatus(t('report.ui.exporting'))
      const done = await call('report.exportPdf', { language, path, allowNames: namesChecked })
      setStatus(t('report.ui.exported', { path: done.path }))
    } catch (e) {
      setStatus(null)
      showError(toApiError(e).error)
    }
  }
  return (
    <div className="report-layout">
      <aside className="report-controls stack">
        <section className="card">
          <label>
            {t('report.ui.language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="fr">{t('app.languageName.fr')}</option>
              <option value="en">{t('app.languageName.en')}</option>
            </select>
          </label>
          <button
            type="button"
            className="button primary export"
            disabled={warnings.length > 0 && !namesChecked}
            onClick={() => void exportPdf()}
          >
            {t('report.ui.export')}
          </button>
          <DeliverableExports
            language={language}
            allowNames={namesChecked}
            disabled={warnings.length > 0 && !namesChecked}
            suggestedName={suggestedName}
            onStatus={setStatus}
          />
          {open.encrypted && <p className="notice">{t('encryption.exportNotice')}</p>}
          {status && (
            <p className="muted" role="status">
              {status}
            </p>
          )}
        </section>
        {preview.data && preview.data.warnings.length > 0 && (
          <section className="card report-warnings" role="alert">
            <h2>{t('report.ui.warnings')}</h2>
            <ul>
              {preview.data.warnings.map((w, i) => (
                <li key={i}>
                  {t('report.warning.realName', { section: w.section, name: w.name, respondent: w.respondent })}
                </li>
              ))}
            </ul>
            <label className="inline-check">
              <input type="checkbox" checked={namesChecked} onChange={(e) => setNamesChecked(e.target.checked)} />
              {t('report.ui.namesChecked')}
            </label>
          </section>
        )}
        <SummaryEditor key={language} language={language} draft={preview.data?.draftSummary ?? ''} />
        <VerbatimPicker language={language} sections={preview.data?.sections ?? []} />
      </aside>
      <section className="report-preview" aria-label={t('report.ui.preview')}>
        {preview.data && <ReportPreview title={t('report.ui.preview')} html={preview.data.html} />}
      </section>
    </div>
  )
}

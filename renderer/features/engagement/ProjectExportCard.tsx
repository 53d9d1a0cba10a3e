import { useState } from 'react'
import type { QdpxNameWarning } from '../../../shared/api/refi-qda'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

/**
 * The whole engagement for a research team's QDA tool (ATLAS.ti, MAXQDA, NVivo, QualCoder). Texts
 * that name a respondent are listed first; the export goes ahead once the consultant says they
 * checked them.
 */
export function ProjectExportCard() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const showError = useAppView((s) => s.showError)
  const [saved, setSaved] = useState<string | null>(null)
  const [names, setNames] = useState<QdpxNameWarning[] | null>(null)
  const [checked, setChecked] = useState(false)
  const exportProject = async () => {
    try {
      setSaved(null)
      const found = await call('refi.projectNames', {})
      setNames(found)
      if (found.length > 0 && !checked) return
      const { path } = await call('files.chooseQdpxExportPath', {
        suggestedName: `${open.info.client || 'Terrain'} - ${open.info.title || 'project'}`,
      })
      const done = await call('refi.exportProject', { path, allowNames: checked })
      setSaved(t('refi.exported', { path: done.path, sources: done.sources, codings: done.codings }))
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <section className="card" aria-labelledby="refi-export-title">
      <h2 id="refi-export-title">{t('refi.title')}</h2>
      <p className="muted">{t('refi.hint')}</p>
      {names && names.length > 0 && (
        <div className="report-warnings refi-names" role="alert">
          <h3>{t('refi.namesTitle')}</h3>
          <p className="muted">{t('refi.namesHint')}</p>
          <ul>
            {names.map((w, i) => (
              <li key={i}>{t(`refi.name.${w.subject}`, { where: w.where, name: w.name })}</li>
            ))}
          </ul>
          <label className="inline-check">
            <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            {t('refi.namesChecked')}
          </label>
        </div>
      )}
      <button
        type="button"
        className="button"
        disabled={names !== null && names.length > 0 && !checked}
        onClick={() => void exportProject()}
      >
        {t('refi.export')}
      </button>
      {saved && (
        <p className="muted" role="status">
          {saved}
        </p>
      )}
    </section>
  )
}

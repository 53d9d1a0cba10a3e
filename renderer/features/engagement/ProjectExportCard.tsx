import { useState } from 'react'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

/** The whole engagement for a research team's QDA tool (ATLAS.ti, MAXQDA, NVivo, QualCoder). */
export function ProjectExportCard() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const showError = useAppView((s) => s.showError)
  const [saved, setSaved] = useState<string | null>(null)
  const exportProject = async () => {
    try {
      setSaved(null)
      const { path } = await call('files.chooseQdpxExportPath', {
        suggestedName: `${open.info.client || 'Terrain'} - ${open.info.title || 'project'}`,
      })
      const done = await call('refi.exportProject', { path })
      setSaved(t('refi.exported', { path: done.path, sources: done.sources, codings: done.codings }))
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <section className="card" aria-labelledby="refi-export-title">
      <h2 id="refi-export-title">{t('refi.title')}</h2>
      <p className="muted">{t('refi.hint')}</p>
      <button type="button" className="button" onClick={() => void exportProject()}>
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

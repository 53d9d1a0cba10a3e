import { useState } from 'react'
import type { RetrievalQueryInput } from '../../../../shared/api/retrieval'
import { call } from '../../../api/client'
import { toApiError } from '../../../api/use-call'
import { useAppView } from '../../../stores/app-view'
import { useT } from '../../../i18n/language-store'

/** The excerpts the query finds, as a workbook in the shape of the deliverable's Excerpts sheet. */
export function ExportExcerpts({ query, disabled }: { query: RetrievalQueryInput; disabled: boolean }) {
  const { t, lang } = useT()
  const showError = useAppView((s) => s.showError)
  const [saved, setSaved] = useState<string | null>(null)
  const exportExcerpts = async () => {
    try {
      setSaved(null)
      const { path } = await call('files.chooseExcerptsExportPath', { suggestedName: t('retrieval.exportName') })
      const done = await call('retrieval.export', { query, path, language: lang })
      setSaved(t('retrieval.exported', { path: done.path, count: done.codings }))
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <>
      <button type="button" className="button small" disabled={disabled} onClick={() => void exportExcerpts()}>
        {t('retrieval.export')}
      </button>
      {saved && (
        <span className="muted" role="status">
          {saved}
        </span>
      )}
    </>
  )
}

import { useState } from 'react'
import type { CodebookFormat } from '../../../shared/api/codebook-transfer'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useFileImport } from '../../api/use-file-import'
import { ImportProblems } from '../../components/ImportProblems'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'

/**
 * Export of the codebook (Terrain JSON or REFI-QDA .qdc) and import of either: what was written
 * said in one line, a refused file's problems by line. Mounted by the codebook page.
 */
export function CodebookTransfer() {
  const { t } = useT()
  const showError = useAppView((s) => s.showError)
  const [format, setFormat] = useState<CodebookFormat>('json')
  const [exported, setExported] = useState<string | null>(null)
  const { done, refused, run } = useFileImport()

  const exportFile = async () => {
    setExported(null)
    try {
      const { path } = await call('files.chooseCodebookExport', { suggestedName: 'codebook', format })
      const s = await call('codebook.export', { path, format })
      setExported(t('codebookTransfer.exported', { codes: s.codes, families: s.families, file: s.path }))
    } catch (e) {
      // The banner says nothing of a dialog the user closed.
      showError(toApiError(e).error)
    }
  }
  const importFile = async () => {
    const { path } = await call('files.chooseCodebookImport', {})
    const s = await call('codebook.import', { path })
    return t('codebookTransfer.imported', {
      file: s.file,
      added: s.codes.added,
      updated: s.codes.updated,
      unchanged: s.codes.unchanged,
      families: s.families.added,
    })
  }

  return (
    <section className="card import" aria-label={t('codebookTransfer.ui.title')}>
      <h2>{t('codebookTransfer.ui.title')}</h2>
      <p className="muted hint">{t('codebookTransfer.ui.hint')}</p>
      <label>
        {t('codebookTransfer.ui.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as CodebookFormat)}>
          <option value="json">{t('codebookTransfer.ui.formatJson')}</option>
          <option value="qdc">{t('codebookTransfer.ui.formatQdc')}</option>
        </select>
      </label>{' '}
      <button type="button" className="button" onClick={() => void exportFile()}>
        {t('codebookTransfer.ui.export')}
      </button>{' '}
      <button type="button" className="button" onClick={() => void run(importFile)}>
        {t('codebookTransfer.ui.import')}
      </button>
      {(exported ?? done) && (
        <p className="import-done" role="status">
          {exported ?? done}
        </p>
      )}
      {refused && <ImportProblems error={refused} />}
    </section>
  )
}

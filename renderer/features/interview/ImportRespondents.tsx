import { call } from '../../api/client'
import { useFileImport } from '../../api/use-file-import'
import { useT } from '../../i18n/language-store'
import { ImportProblems } from '../../components/ImportProblems'

/** Respondents from a spreadsheet: all or nothing; real names kept apart. */
export function ImportRespondents() {
  const { t } = useT()
  const { done, refused, run } = useFileImport()
  const importFile = async () => {
    const { path } = await call('files.chooseSpreadsheet', {})
    const s = await call('respondents.import', { path })
    return t('respondents.importedSummary', { file: s.file, created: s.created, updated: s.updated })
  }
  return (
    <div className="import-respondents">
      <button type="button" className="button" onClick={() => void run(importFile)}>
        {t('respondents.importFile')}
      </button>
      {done && (
        <span className="import-done" role="status">
          {done}
        </span>
      )}
      {refused && <ImportProblems error={refused} />}
    </div>
  )
}

import { call } from '../../api/client'
import { useFileImport } from '../../api/use-file-import'
import { ImportProblems } from '../../components/ImportProblems'
import { useT } from '../../i18n/language-store'

/** Coded excerpts from a spreadsheet: all or nothing, and every problem shown by line. */
export function ImportCodings() {
  const { t } = useT()
  const { done, refused, run } = useFileImport()
  const importFile = async () => {
    const { path } = await call('files.chooseSpreadsheet', {})
    const s = await call('import.codings', { path })
    return t('import.cli.done', {
      file: s.file,
      excerpts: s.excerpts,
      codings: s.codings,
      documents: s.documents,
      respondents: s.respondentsCreated,
      questions: s.questionsCreated,
      coders: s.codersCreated,
    })
  }
  return (
    <section className="card import" aria-label={t('import.ui.title')}>
      <h2>{t('import.ui.title')}</h2>
      <p className="muted hint">{t('import.ui.hint')}</p>
      <button type="button" className="button primary" onClick={() => void run(importFile)}>
        {t('import.ui.choose')}
      </button>
      {done && (
        <p className="import-done" role="status">
          {done}
        </p>
      )}
      {refused && <ImportProblems error={refused} />}
    </section>
  )
}

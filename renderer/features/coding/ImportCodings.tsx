import { useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useDataRevision } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { CallError } from '../../../shared/api/call'
import type { ImportSummary } from '../../../shared/api/imports'
import type { MessageKey } from '../../../shared/i18n/translate'

/** Coded excerpts from a spreadsheet: all or nothing, and every problem shown by line. */
export function ImportCodings() {
  const { t } = useT()
  const bump = useDataRevision((s) => s.bump)
  const showError = useAppView((s) => s.showError)
  const [done, setDone] = useState<ImportSummary | null>(null)
  const [refused, setRefused] = useState<CallError | null>(null)
  const run = async () => {
    setDone(null)
    setRefused(null)
    try {
      const { path } = await call('files.chooseSpreadsheet', {})
      setDone(await call('import.codings', { path }))
      bump()
    } catch (e) {
      const error = toApiError(e).error
      if (error.problems?.length) setRefused(error)
      else showError(error)
    }
  }
  return (
    <section className="card import" aria-label={t('import.ui.title')}>
      <h2>{t('import.ui.title')}</h2>
      <p className="muted hint">{t('import.ui.hint')}</p>
      <button type="button" className="button primary" onClick={() => void run()}>
        {t('import.ui.choose')}
      </button>
      {done && (
        <p className="import-done" role="status">
          {t('import.cli.done', {
            file: done.file,
            excerpts: done.excerpts,
            codings: done.codings,
            documents: done.documents,
            respondents: done.respondentsCreated,
            questions: done.questionsCreated,
            coders: done.codersCreated,
          })}
        </p>
      )}
      {refused && (
        <div className="import-refused" role="alert">
          <p>{t('import.ui.refused', { file: refused.subject ?? '' })}</p>
          <ul>
            {refused.problems!.map((p, i) => (
              <li key={i}>{t(p.key as MessageKey, p.params)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

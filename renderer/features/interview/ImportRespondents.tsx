import { useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useDataRevision } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { ImportProblems } from '../../components/ImportProblems'
import type { CallError } from '../../../shared/api/call'

/** Respondents from a spreadsheet: all or nothing; real names kept apart. */
export function ImportRespondents() {
  const { t } = useT()
  const bump = useDataRevision((s) => s.bump)
  const showError = useAppView((s) => s.showError)
  const [done, setDone] = useState<string | null>(null)
  const [refused, setRefused] = useState<CallError | null>(null)
  const run = async () => {
    setDone(null)
    setRefused(null)
    try {
      const { path } = await call('files.chooseSpreadsheet', {})
      const s = await call('respondents.import', { path })
      setDone(t('respondents.importedSummary', { file: s.file, created: s.created, updated: s.updated }))
      bump()
    } catch (e) {
      const error = toApiError(e).error
      if (error.problems?.length) setRefused(error)
      else showError(error)
    }
  }
  return (
    <div className="import-respondents">
      <button type="button" className="button" onClick={() => void run()}>
        {t('respondents.importFile')}
      </button>
      {done && (
        <span className="import-done" role="status">
          {done}
        </span>
      )}
      {refused && (
        <ImportProblems error={refused} intro={t('respondents.importRefused', { file: refused.subject ?? '' })} />
      )}
    </div>
  )
}

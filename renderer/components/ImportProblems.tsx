import type { CallError } from '../../shared/api/call'
import type { MessageKey } from '../../shared/i18n/translate'
import { useT } from '../i18n/language-store'

/** Why a file was refused, one line per problem, in the user's language. */
export function ImportProblems({ error }: { error: CallError }) {
  const { t } = useT()
  return (
    <div className="import-refused" role="alert">
      <p>{t('import.ui.refused', { file: error.subject ?? '' })}</p>
      <ul>
        {(error.problems ?? []).map((p, i) => (
          <li key={i}>{t(p.key as MessageKey, p.params)}</li>
        ))}
      </ul>
    </div>
  )
}

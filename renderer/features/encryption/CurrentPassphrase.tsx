import { useT } from '../../i18n/language-store'
import './encryption.css'

/** The passphrase a file has now, typed to open it or to change it; a wrong one is said below. */
export function CurrentPassphrase(p: { label: string; value: string; onChange: (v: string) => void; wrong: boolean }) {
  const { t } = useT()
  return (
    <>
      <label>
        {p.label}
        <input
          type="password"
          className="passphrase-input"
          autoFocus
          autoComplete="current-password"
          spellCheck={false}
          value={p.value}
          aria-invalid={p.wrong || undefined}
          onChange={(e) => p.onChange(e.target.value)}
        />
      </label>
      {p.wrong && (
        <p className="field-error" role="alert">
          {t('encryption.unlock.wrong')}
        </p>
      )}
    </>
  )
}

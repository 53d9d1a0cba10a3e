import { useT } from '../../i18n/language-store'
import { PassphraseFields, type NewPassphrase } from './PassphraseFields'

/**
 * Whether a new engagement file is encrypted (the default) and its passphrase; a plain file is a
 * choice, said with its risk. The new engagement and the project import both ask it this way.
 */
export function EncryptionChoice(p: {
  encrypt: boolean
  onEncrypt: (encrypt: boolean) => void
  secret: NewPassphrase
  onSecret: (secret: NewPassphrase) => void
  keychain: boolean
  /** The engagement as its recovery sheet names it. */
  engagement: string
}) {
  const { t } = useT()
  return (
    <fieldset className="encryption-choice">
      <label className="inline-check">
        <input type="checkbox" checked={p.encrypt} onChange={(e) => p.onEncrypt(e.target.checked)} />
        <span>
          <strong>{t('encryption.encryptNew')}</strong>
          <span className="muted block">{t('encryption.encryptNewHint')}</span>
        </span>
      </label>
      {p.encrypt ? (
        <PassphraseFields
          value={p.secret}
          onChange={p.onSecret}
          keychain={p.keychain}
          sheet={{ engagement: p.engagement }}
        />
      ) : (
        <p className="notice warning">{t('encryption.plainWarning')}</p>
      )}
    </fieldset>
  )
}

import { useId, useState } from 'react'
import { useT } from '../../i18n/language-store'
import { generatePassphrase, MIN_PASSPHRASE, passphraseLongEnough } from '../../../shared/domain/passphrase'
import { RecoverySheet } from './RecoverySheet'
import './encryption.css'

export interface NewPassphrase {
  passphrase: string
  confirm: string
  remember: boolean
}

export const emptyPassphrase: NewPassphrase = { passphrase: '', confirm: '', remember: false }

/** Whether the fields hold a passphrase that can be used. */
export const passphraseReady = (p: NewPassphrase) => passphraseLongEnough(p.passphrase) && p.passphrase === p.confirm

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n))

/**
 * A new passphrase: typed twice or generated, shown on request, with the plain warning that a lost
 * one cannot be recovered, and a recovery sheet to print.
 */
export function PassphraseFields(p: {
  value: NewPassphrase
  onChange: (v: NewPassphrase) => void
  /** Whether this computer's keychain can keep it; null for a file that leaves this computer. */
  keychain: boolean | null
  label?: string
  sheet: { engagement: string; file?: string }
  autoFocus?: boolean
}) {
  const { t } = useT()
  const [shown, setShown] = useState(false)
  const [sheet, setSheet] = useState(false)
  const hintId = useId()
  const v = p.value
  const short = v.passphrase !== '' && !passphraseLongEnough(v.passphrase)
  const mismatch = v.confirm !== '' && v.confirm !== v.passphrase
  const generate = () => {
    const passphrase = generatePassphrase(random)
    setShown(true)
    p.onChange({ ...v, passphrase, confirm: passphrase })
  }
  return (
    <div className="passphrase-fields stack">
      <div className="passphrase-row">
        <label>
          {p.label ?? t('encryption.passphrase')}
          <input
            type={shown ? 'text' : 'password'}
            className="passphrase-input"
            value={v.passphrase}
            autoComplete="new-password"
            spellCheck={false}
            autoFocus={p.autoFocus}
            aria-describedby={hintId}
            aria-invalid={short || undefined}
            onChange={(e) => p.onChange({ ...v, passphrase: e.target.value })}
          />
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
          {t('encryption.show')}
        </label>
      </div>
      <label>
        {t('encryption.confirm')}
        <input
          type={shown ? 'text' : 'password'}
          className="passphrase-input"
          value={v.confirm}
          autoComplete="new-password"
          spellCheck={false}
          aria-invalid={mismatch || undefined}
          onChange={(e) => p.onChange({ ...v, confirm: e.target.value })}
        />
      </label>
      <p id={hintId} className={short || mismatch ? 'field-error' : 'muted'} aria-live="polite">
        {mismatch ? t('encryption.mismatch') : t('encryption.tooShort', { min: MIN_PASSPHRASE })}
      </p>
      <div className="button-row">
        <button type="button" className="button small" onClick={generate}>
          {t('encryption.generate')}
        </button>
        <button
          type="button"
          className="button small"
          data-opens="RecoverySheet"
          disabled={!passphraseReady(v)}
          onClick={() => setSheet(true)}
        >
          {t('encryption.printSheet')}
        </button>
      </div>
      {p.keychain === null ? null : p.keychain ? (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={v.remember}
            onChange={(e) => p.onChange({ ...v, remember: e.target.checked })}
          />
          {t('encryption.remember')}
        </label>
      ) : (
        <p className="muted">{t('encryption.noKeychain')}</p>
      )}
      <p className="notice warning">{t('encryption.noBackDoor')}</p>
      {sheet && (
        <RecoverySheet
          passphrase={v.passphrase}
          engagement={p.sheet.engagement}
          file={p.sheet.file}
          onClose={() => setSheet(false)}
        />
      )}
    </div>
  )
}

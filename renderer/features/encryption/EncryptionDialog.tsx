import { useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { emptyPassphrase, PassphraseFields, passphraseReady } from './PassphraseFields'
import { CurrentPassphrase } from './CurrentPassphrase'

export type EncryptionChange = 'encrypt' | 'change' | 'decrypt'

const TITLES = {
  encrypt: ['encryption.dialog.encryptTitle', 'encryption.dialog.encryptIntro', 'encryption.dialog.encrypt'],
  change: ['encryption.dialog.changeTitle', 'encryption.dialog.changeIntro', 'encryption.dialog.change'],
  decrypt: ['encryption.dialog.decryptTitle', 'encryption.dialog.decryptIntro', 'encryption.dialog.decrypt'],
} as const

/** Encrypts the open engagement, changes its passphrase or decrypts it (the current one proves who asks). */
export function EncryptionDialog(p: { change: EncryptionChange; keychain: boolean; onClose: () => void }) {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const [current, setCurrent] = useState('')
  const [wrong, setWrong] = useState(false)
  const [secret, setSecret] = useState(emptyPassphrase)
  const [busy, setBusy] = useState(false)
  const [title, intro, action] = TITLES[p.change]
  const needsCurrent = p.change !== 'encrypt'
  const needsNew = p.change !== 'decrypt'
  const ready = (!needsCurrent || current !== '') && (!needsNew || passphraseReady(secret)) && !busy

  const submit = async () => {
    if (!ready) return
    setBusy(true)
    try {
      const remember = secret.remember
      const summary =
        p.change === 'encrypt'
          ? await call('engagement.encrypt', { passphrase: secret.passphrase, remember })
          : p.change === 'change'
            ? await call('engagement.changePassphrase', { current, passphrase: secret.passphrase, remember })
            : await call('engagement.decrypt', { current })
      useAppView.setState({ open: summary })
      p.onClose()
    } catch (e) {
      const err = toApiError(e).error
      if (err.code === 'WRONG_PASSPHRASE') setWrong(true)
      else {
        p.onClose()
        useAppView.getState().showError(err)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={t(title)}
      onClose={p.onClose}
      alert={p.change === 'decrypt'}
      className="encryption-dialog"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('encryption.dialog.cancel')}
          </button>
          <button type="submit" className={`button ${p.change === 'decrypt' ? 'danger' : 'primary'}`} disabled={!ready}>
            {t(action)}
          </button>
        </>
      }
    >
      <p>{t(intro)}</p>
      {needsCurrent && (
        <CurrentPassphrase
          label={t('encryption.dialog.current')}
          value={current}
          wrong={wrong}
          onChange={(v) => {
            setCurrent(v)
            setWrong(false)
          }}
        />
      )}
      {needsNew && (
        <PassphraseFields
          value={secret}
          onChange={setSecret}
          keychain={p.keychain}
          autoFocus={!needsCurrent}
          label={t('encryption.dialog.newPassphrase')}
          sheet={{ engagement: [open.info.client, open.info.title].filter(Boolean).join(' · '), file: open.fileName }}
        />
      )}
      {busy && (
        <p className="muted" role="status">
          {t('encryption.dialog.working')}
        </p>
      )}
    </Dialog>
  )
}

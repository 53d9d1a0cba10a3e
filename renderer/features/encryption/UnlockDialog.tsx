import { useState } from 'react'
import { create } from 'zustand'
import { Dialog } from '../../components/Dialog'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { CurrentPassphrase } from './CurrentPassphrase'

/** The encrypted engagement waiting for its passphrase, if any. */
export const useUnlock = create<{ path: string | null; ask: (path: string | null) => void }>()((set) => ({
  path: null,
  ask: (path) => set({ path }),
}))

const keychainOnce: { value: Promise<boolean> | null } = { value: null }
/** Whether this computer has a keychain Terrain trusts; asked once. */
export const keychainAvailable = (): Promise<boolean> =>
  (keychainOnce.value ??= call('app.about', {}).then(
    (a) => a.keychain,
    () => false,
  ))

/** Asks for the passphrase of an encrypted engagement and opens it; a wrong one is said in place. */
export function UnlockDialog() {
  const path = useUnlock((s) => s.path)
  return path ? <UnlockForm key={path} path={path} /> : null
}

function UnlockForm({ path }: { path: string }) {
  const { t } = useT()
  const ask = useUnlock((s) => s.ask)
  const [passphrase, setPassphrase] = useState('')
  const [remember, setRemember] = useState(false)
  const [wrong, setWrong] = useState(false)
  const [busy, setBusy] = useState(false)
  const [keychain, setKeychain] = useState(false)
  useState(() => void keychainAvailable().then(setKeychain))
  const fileName = path.split(/[\\/]/).pop() ?? path

  const submit = async () => {
    if (passphrase === '' || busy) return
    setBusy(true)
    try {
      const summary = await call('engagement.open', { path, passphrase, remember })
      ask(null)
      useAppView.getState().setOpen(summary)
    } catch (e) {
      const err = toApiError(e).error
      if (err.code === 'WRONG_PASSPHRASE') setWrong(true)
      else {
        ask(null)
        useAppView.getState().showError(err)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={t('encryption.unlock.title', { file: fileName })}
      onClose={() => ask(null)}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      actions={
        <>
          <button type="button" className="button ghost" onClick={() => ask(null)}>
            {t('encryption.unlock.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={passphrase === '' || busy}>
            {t('encryption.unlock.open')}
          </button>
        </>
      }
    >
      <p>{t('encryption.unlock.intro')}</p>
      <CurrentPassphrase
        label={t('encryption.passphrase')}
        value={passphrase}
        wrong={wrong}
        onChange={(v) => {
          setPassphrase(v)
          setWrong(false)
        }}
      />
      {keychain && (
        <label className="inline-check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          {t('encryption.remember')}
        </label>
      )}
    </Dialog>
  )
}

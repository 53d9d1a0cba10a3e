import { Dialog } from '../../components/Dialog'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { useT } from '../../i18n/language-store'
import type { Language } from '../../../shared/domain/groups'
import { openWith } from './open-engagement'
import { EncryptionChoice, emptyPassphrase, keychainAvailable, passphraseReady } from '../encryption'

/** A new engagement: encrypted at rest unless the consultant chooses otherwise. */
export function NewEngagementDialog({ onClose }: { onClose: () => void }) {
  const tr = useT()
  const { t } = tr
  const [client, setClient] = useState('')
  const [title, setTitle] = useState('')
  const [language, setLanguage] = useState<Language>(tr.lang)
  const [encrypt, setEncrypt] = useState(true)
  const [secret, setSecret] = useState(emptyPassphrase)
  const [keychain, setKeychain] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])
  useEffect(() => void keychainAvailable().then(setKeychain), [])
  const ready = !encrypt || passphraseReady(secret)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready) return
    await openWith(async () => {
      const { path } = await call('files.chooseNew', { suggestedName: client.trim() || 'engagement' })
      const lock = encrypt ? { passphrase: secret.passphrase, remember: secret.remember } : {}
      return call('engagement.create', { path, language, client, title, ...lock })
    })
    onClose()
  }

  return (
    <Dialog
      title={t('new.title')}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      className="new-engagement-dialog"
      actions={
        <>
          <button type="button" className="button ghost" onClick={onClose}>
            {t('new.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!ready}>
            {t('new.create')}
          </button>
        </>
      }
    >
      <label>
        {t('new.client')}
        <input ref={first} value={client} onChange={(e) => setClient(e.target.value)} maxLength={200} />
      </label>
      <label>
        {t('new.studyTitle')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
      </label>
      <label>
        {t('new.language')}
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          <option value="fr">{t('app.languageName.fr')}</option>
          <option value="en">{t('app.languageName.en')}</option>
        </select>
      </label>
      <EncryptionChoice
        encrypt={encrypt}
        onEncrypt={setEncrypt}
        secret={secret}
        onSecret={setSecret}
        keychain={keychain}
        engagement={[client, title].filter(Boolean).join(' · ')}
      />
    </Dialog>
  )
}

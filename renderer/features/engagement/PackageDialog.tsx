import { useState, type FormEvent } from 'react'
import type { Group } from '../../../shared/domain/groups'
import { GROUPS } from '../../../shared/domain/groups'
import { call } from '../../api/client'
import { toApiError, useCall } from '../../api/use-call'
import { Dialog } from '../../components/Dialog'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { PassphraseFields, emptyPassphrase, passphraseReady } from '../encryption'

type Choice = 'sample' | 'group' | 'respondents'

/**
 * A coding package for a colleague to code blind: who codes it, which documents (a share drawn at
 * random, a group, or respondents by code), then where to save it.
 */
export function PackageDialog(p: { onClose: () => void; onWritten: (message: string) => void }) {
  const { t } = useT()
  const showError = useAppView((s) => s.showError)
  const encrypted = useCall('engagement.encryption', {}).data?.encrypted ?? false
  const open = useAppView((s) => s.open)!
  const [coder, setCoder] = useState('')
  const [choice, setChoice] = useState<Choice>('sample')
  const [share, setShare] = useState(20)
  const [seed, setSeed] = useState(1)
  const [group, setGroup] = useState<Group>('employee')
  const [codes, setCodes] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [own, setOwn] = useState(false)
  const [secret, setSecret] = useState(emptyPassphrase)
  const [busy, setBusy] = useState(false)
  const listed = codes
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean)
  const ready =
    !busy &&
    coder.trim() !== '' &&
    (!encrypted || passphrase !== '') &&
    (!own || passphraseReady(secret)) &&
    (choice !== 'sample' || (share > 0 && share <= 100)) &&
    (choice !== 'respondents' || listed.length > 0)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready) return
    setBusy(true)
    try {
      const { path } = await call('files.choosePackagePath', {
        suggestedName: `${open.info.client || 'Terrain'} - ${coder.trim()}`,
      })
      const selection =
        choice === 'sample' ? { sample: share / 100, seed } : choice === 'group' ? { group } : { respondents: listed }
      const done = await call('merge.writePackage', {
        path,
        coder: coder.trim(),
        selection,
        ...(encrypted ? { passphrase } : {}),
        ...(own ? { packagePassphrase: secret.passphrase } : {}),
      })
      p.onWritten(t('package.ui.written', { ...done }))
    } catch (err) {
      const error = toApiError(err).error
      if (error.code !== 'CANCELLED') showError(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('package.ui.title')}
      onClose={() => busy || p.onClose()}
      onSubmit={(e) => void submit(e)}
      className="package-dialog"
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose} disabled={busy}>
            {t('new.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!ready}>
            {t('package.ui.write')}
          </button>
        </>
      }
    >
      <p className="muted">{t('package.ui.hint')}</p>
      <label>
        {t('package.ui.coder')}
        <input value={coder} onChange={(e) => setCoder(e.target.value)} maxLength={120} autoFocus />
      </label>
      <fieldset className="group-choice">
        <legend>{t('package.ui.which')}</legend>
        <label className="inline-check">
          <input
            type="radio"
            name="package-choice"
            checked={choice === 'sample'}
            onChange={() => setChoice('sample')}
          />
          {t('package.ui.sample')}
        </label>
        {choice === 'sample' && (
          <div className="package-row">
            <label>
              {t('package.ui.share')}
              <input type="number" min={1} max={100} value={share} onChange={(e) => setShare(Number(e.target.value))} />
            </label>
            <label>
              {t('package.ui.seed')}
              <input
                type="number"
                min={0}
                value={seed}
                onChange={(e) => setSeed(Math.max(0, Math.round(Number(e.target.value))))}
              />
            </label>
          </div>
        )}
        <label className="inline-check">
          <input type="radio" name="package-choice" checked={choice === 'group'} onChange={() => setChoice('group')} />
          {t('package.ui.group')}
        </label>
        {choice === 'group' && (
          <select value={group} onChange={(e) => setGroup(e.target.value as Group)} aria-label={t('package.ui.group')}>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        )}
        <label className="inline-check">
          <input
            type="radio"
            name="package-choice"
            checked={choice === 'respondents'}
            onChange={() => setChoice('respondents')}
          />
          {t('package.ui.respondents')}
        </label>
        {choice === 'respondents' && (
          <input
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
            placeholder="R01, R02"
            aria-label={t('package.ui.respondents')}
          />
        )}
      </fieldset>
      {encrypted && (
        <label>
          {t('package.ui.passphrase')}
          <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
      )}
      <fieldset className="encryption-choice">
        <label className="inline-check">
          <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} />
          <span>
            <strong>{t('package.ui.own')}</strong>
            <span className="muted block">
              {t(encrypted ? 'package.ui.ownHintEncrypted' : 'package.ui.ownHintPlain')}
            </span>
          </span>
        </label>
        {own && (
          <PassphraseFields
            value={secret}
            onChange={setSecret}
            keychain={null}
            label={t('package.ui.ownPassphrase')}
            sheet={{ engagement: `${open.info.client || 'Terrain'} – ${coder.trim()}` }}
          />
        )}
      </fieldset>
    </Dialog>
  )
}

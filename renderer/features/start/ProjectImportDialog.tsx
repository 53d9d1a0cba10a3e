import { useEffect, useState, type FormEvent } from 'react'
import type { QdpxImportReport, QdpxProjectOverview } from '../../../shared/api/refi-qda'
import type { EngagementSummary } from '../../../shared/api/engagement'
import type { Language } from '../../../shared/domain/groups'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { EncryptionChoice, emptyPassphrase, keychainAvailable, passphraseReady } from '../encryption'

const NONE = ''

/** The variable most likely to hold the groups: the project's own, else the one most of whose values read as groups. */
const suggested = (o: QdpxProjectOverview): string =>
  o.groupVariable ?? (o.candidates[0]?.groupValues ? o.candidates[0].name : NONE)

/**
 * A new engagement from a REFI-QDA project already read: which variable holds the groups, the
 * study's language, encryption; then where to save, and the import as a job.
 */
export function ProjectImportDialog(p: {
  overview: QdpxProjectOverview
  onClose: () => void
  onImported: (done: { engagement: EngagementSummary; report: QdpxImportReport }) => void
}) {
  const tr = useT()
  const { t } = tr
  const o = p.overview
  const [group, setGroup] = useState(() => suggested(o))
  const [language, setLanguage] = useState<Language>(tr.lang)
  const [encrypt, setEncrypt] = useState(true)
  const [secret, setSecret] = useState(emptyPassphrase)
  const [keychain, setKeychain] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => void keychainAvailable().then(setKeychain), [])
  const ready = (!encrypt || passphraseReady(secret)) && !busy
  const name = o.name || t('qdpxImport.ui.untitled')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!ready) return
    setBusy(true)
    try {
      const { path } = await call('files.chooseNew', { suggestedName: o.name || 'project' })
      const lock = encrypt ? { passphrase: secret.passphrase, remember: secret.remember } : {}
      p.onImported(
        await call('refi.importProject', {
          path,
          projectId: o.projectId,
          language,
          groupVariable: o.cases > 0 && group !== NONE ? group : null,
          ...lock,
        }),
      )
    } catch (err) {
      const error = toApiError(err).error
      if (error.code !== 'CANCELLED') useAppView.getState().showError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      title={t('qdpxImport.ui.title', { name })}
      // While the import runs, its own bar offers Cancel: closing the dialog would not stop it.
      onClose={() => busy || p.onClose()}
      onSubmit={(e) => void submit(e)}
      className="project-import-dialog"
      actions={
        <>
          <button type="button" className="button ghost" onClick={p.onClose} disabled={busy}>
            {t('new.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!ready}>
            {t('qdpxImport.ui.import')}
          </button>
        </>
      }
    >
      <p className="project-summary">
        {t('qdpxImport.ui.summary', {
          origin: o.origin || t('qdpxImport.ui.unknownOrigin'),
          sources: o.sources,
          cases: o.cases,
          selections: o.selections,
        })}
      </p>
      {o.fromTerrain && <p className="notice">{t('qdpxImport.ui.fromTerrain')}</p>}
      {o.fromTerrain && o.groupVariable ? null : o.cases === 0 ? (
        <p className="muted">{t('qdpxImport.ui.noCases')}</p>
      ) : (
        <fieldset className="group-choice">
          <legend>{t('qdpxImport.ui.group')}</legend>
          <p className="muted small">{t('qdpxImport.ui.groupHint')}</p>
          {o.candidates.map((c) => (
            <label key={c.name} className="inline-check">
              <input
                type="radio"
                name="group-variable"
                value={c.name}
                checked={group === c.name}
                onChange={() => setGroup(c.name)}
                autoFocus={group === c.name}
              />
              <span>
                {t('qdpxImport.ui.groupOption', { name: c.name, values: c.values.join(', ') })}
                {c.groupValues > 0 && (
                  <span className="muted">{t('qdpxImport.ui.groupValues', { count: c.groupValues })}</span>
                )}
              </span>
            </label>
          ))}
          <label className="inline-check">
            <input
              type="radio"
              name="group-variable"
              value={NONE}
              checked={group === NONE}
              onChange={() => setGroup(NONE)}
            />
            <span>{t('qdpxImport.ui.groupNone')}</span>
          </label>
        </fieldset>
      )}
      {!o.fromTerrain && (
        <label>
          {t('new.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="fr">{t('app.languageName.fr')}</option>
            <option value="en">{t('app.languageName.en')}</option>
          </select>
        </label>
      )}
      <EncryptionChoice
        encrypt={encrypt}
        onEncrypt={setEncrypt}
        secret={secret}
        onSecret={setSecret}
        keychain={keychain}
        engagement={name}
      />
    </Dialog>
  )
}

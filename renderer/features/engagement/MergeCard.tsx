import { useEffect, useState } from 'react'
import type { MergePreview } from '../../../shared/api/merge'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useMenuCommand } from '../../stores/menu-command'
import { useT } from '../../i18n/language-store'
import { EngagementMergeDialog } from './EngagementMergeDialog'
import { PackageDialog } from './PackageDialog'

/** A team's work in one file: a colleague's copy of the engagement merged into this one. */
export function MergeCard() {
  const { t } = useT()
  const showError = useAppView((s) => s.showError)
  const [preview, setPreview] = useState<MergePreview | null>(null)
  const [locked, setLocked] = useState<{ path: string; wrong: boolean } | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [packaging, setPackaging] = useState(false)
  const read = async (path: string, secret?: string) => {
    try {
      setPreview(await call('merge.preview', { path, ...(secret ? { passphrase: secret } : {}) }))
      setLocked(null)
    } catch (e) {
      const error = toApiError(e).error
      if (error.code === 'ENCRYPTED' || error.code === 'WRONG_PASSPHRASE')
        setLocked({ path, wrong: error.code === 'WRONG_PASSPHRASE' })
      else showError(error)
    }
  }
  const choose = async () => {
    try {
      setDone(null)
      setPassphrase('')
      await read((await call('files.chooseMergeSource', {})).path)
    } catch (e) {
      const error = toApiError(e).error
      if (error.code !== 'CANCELLED') showError(error)
    }
  }
  // File > Merge a colleague's file… and File > Write a coding package… land here; taken from the
  // store once (an effect may run twice), and dropped while a dialog of the card is open.
  const pending = useMenuCommand((s) => s.pending)
  const busy = preview !== null || packaging
  useEffect(() => {
    const command = useMenuCommand.getState().pending
    if (!command) return
    useMenuCommand.getState().done()
    if (busy) return
    if (command === 'mergeFile') void choose()
    else setPackaging(true)
  }, [pending])
  return (
    <section className="card" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('merge.ui.title')}</h2>
      <p className="muted">{t('merge.ui.hint')}</p>
      <div className="button-row">
        <button type="button" className="button" data-opens="EngagementMergeDialog" onClick={() => void choose()}>
          {t('merge.ui.choose')}
        </button>
        <button type="button" className="button" data-opens="PackageDialog" onClick={() => setPackaging(true)}>
          {t('package.ui.open')}
        </button>
      </div>
      {locked && (
        <form
          className="merge-unlock"
          onSubmit={(e) => {
            e.preventDefault()
            void read(locked.path, passphrase)
          }}
        >
          <label>
            {t('merge.ui.passphrase')}
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus />
          </label>
          {locked.wrong && <p className="inline-problem">{t('merge.ui.wrongPassphrase')}</p>}
          <button type="submit" className="button" disabled={!passphrase}>
            {t('merge.ui.unlock')}
          </button>
        </form>
      )}
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      {packaging && (
        <PackageDialog
          onClose={() => setPackaging(false)}
          onWritten={(message) => {
            setPackaging(false)
            setDone(message)
          }}
        />
      )}
      {preview && (
        <EngagementMergeDialog
          key={preview.mergeId}
          preview={preview}
          onClose={() => setPreview(null)}
          onMerged={(message) => {
            setPreview(null)
            setDone(message)
          }}
        />
      )}
    </section>
  )
}

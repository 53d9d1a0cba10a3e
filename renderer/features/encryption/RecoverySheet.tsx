import { createPortal } from 'react-dom'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/language-store'
import { formatDate } from '../../../shared/i18n/format'
import './encryption.css'

/**
 * The passphrase on paper, to keep locked away: what it opens, when it was set, and that nobody
 * can recover it. Printing shows the sheet alone (styles.css, @media print).
 */
export function RecoverySheet(p: { passphrase: string; engagement: string; file?: string; onClose: () => void }) {
  const tr = useT()
  const { t } = tr
  const today = formatDate(tr.lang, new Date().toISOString().slice(0, 10))
  const sheet = (
    <article className="recovery-sheet">
      <h1>{t('encryption.sheet.title')}</h1>
      <dl>
        <dt>{t('encryption.sheet.engagement')}</dt>
        <dd>{p.engagement}</dd>
        {p.file && (
          <>
            <dt>{t('encryption.sheet.file')}</dt>
            <dd>{p.file}</dd>
          </>
        )}
        <dt>{t('encryption.sheet.date')}</dt>
        <dd>{today}</dd>
        <dt>{t('encryption.sheet.passphrase')}</dt>
        <dd className="recovery-passphrase">{p.passphrase}</dd>
      </dl>
      <p>{t('encryption.sheet.keep')}</p>
      <p>
        <strong>{t('encryption.sheet.noBackDoor')}</strong>
      </p>
    </article>
  )
  return (
    <>
      <Dialog
        title={t('encryption.sheet.title')}
        onClose={p.onClose}
        actions={
          <>
            <button type="button" className="button ghost" onClick={p.onClose}>
              {t('encryption.sheet.close')}
            </button>
            <button type="button" className="button primary" onClick={() => window.print()}>
              {t('encryption.sheet.print')}
            </button>
          </>
        }
      >
        {sheet}
      </Dialog>
      {createPortal(<div className="print-only">{sheet}</div>, document.body)}
    </>
  )
}

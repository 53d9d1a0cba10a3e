import { useState } from 'react'
import { useCall, useMutation } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { EncryptionDialog, type EncryptionChange } from './EncryptionDialog'
import './encryption.css'

/** Whether the open engagement is encrypted, and the ways to change that. */
export function EncryptionCard() {
  const { t } = useT()
  const open = useAppView((s) => s.open)!
  const status = useCall('engagement.encryption', {})
  const forget = useMutation('engagement.forgetPassphrase')
  const [change, setChange] = useState<EncryptionChange | null>(null)
  const s = status.data
  return (
    <section className="card encryption-card">
      <h2>{t('encryption.card.title')}</h2>
      <p className={open.encrypted ? '' : 'notice warning'}>
        {t(open.encrypted ? 'encryption.card.encrypted' : 'encryption.card.plain')}
      </p>
      {open.encrypted && s && (
        <p className="muted">{t(s.passphraseKept ? 'encryption.card.kept' : 'encryption.card.notKept')}</p>
      )}
      <div className="button-row">
        {open.encrypted ? (
          <>
            <button
              type="button"
              className="button small"
              data-opens="EncryptionDialog"
              onClick={() => setChange('change')}
            >
              {t('encryption.card.change')}
            </button>
            <button
              type="button"
              className="button small"
              data-opens="EncryptionDialog"
              onClick={() => setChange('decrypt')}
            >
              {t('encryption.card.decrypt')}
            </button>
            {s?.passphraseKept && (
              <button type="button" className="button small ghost" onClick={() => void forget({})}>
                {t('encryption.card.forget')}
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            className="button small primary"
            data-opens="EncryptionDialog"
            onClick={() => setChange('encrypt')}
          >
            {t('encryption.card.encrypt')}
          </button>
        )}
      </div>
      {open.encrypted && <p className="muted">{t('encryption.card.share')}</p>}
      {change && <EncryptionDialog change={change} keychain={s?.keychain ?? false} onClose={() => setChange(null)} />}
    </section>
  )
}

import { Dialog } from '../../components/Dialog'
import { useState, type FormEvent } from 'react'
import { useMutation, toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { Overridden } from '../../../shared/domain/diagnosis/overrides'
import type { DashboardNames } from './chart-labels'

/** The consultant's word over a computed band, always with a written reason. */
export function OverrideDialog(p: {
  measure: string
  title: string
  bands: string[]
  current: NonNullable<Overridden['override']> | null
  names: DashboardNames
  onClose: () => void
}) {
  const { t } = useT()
  const override = useMutation('diagnosis.overrideBand')
  const clear = useMutation('diagnosis.clearBandOverride')
  const showError = useAppView((s) => s.showError)
  const [band, setBand] = useState(p.current?.band ?? p.bands[0]!)
  const [reason, setReason] = useState(p.current?.reason ?? '')
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action()
      p.onClose()
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void run(() => override({ measure: p.measure, band, reason }))
  }
  return (
    <Dialog
      title={t('diag.override.title', { measure: p.title })}
      onClose={p.onClose}
      onSubmit={submit}
      actions={
        <>
          {p.current && (
            <button
              type="button"
              className="button ghost"
              onClick={() => void run(() => clear({ measure: p.measure }))}
            >
              {t('diag.override.clear')}
            </button>
          )}
          <button type="button" className="button ghost" onClick={p.onClose}>
            {t('diag.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={reason.trim() === ''}>
            {t('diag.override.save')}
          </button>
        </>
      }
    >
      <label>
        {t('diag.override.band')}
        <select value={band} onChange={(e) => setBand(e.target.value)} autoFocus>
          {p.bands.map((b) => (
            <option key={b} value={b}>
              {p.names.band(b)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('diag.override.reason')}
        <textarea rows={3} value={reason} required onChange={(e) => setReason(e.target.value)} />
      </label>
    </Dialog>
  )
}

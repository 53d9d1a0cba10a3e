import { useState, type FormEvent } from 'react'
import { useMutation, toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../../shared/domain/diagnosis-settings'

type Flat = Record<string, number | string>

function flatten(o: Record<string, unknown>, prefix = ''): Flat {
  const out: Flat = {}
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'object' && v !== null) Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`))
    else out[`${prefix}${k}`] = v as number | string
  }
  return out
}

function unflatten(flat: Flat): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [path, v] of Object.entries(flat)) {
    const keys = path.split('.')
    let node = out
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>
    node[keys.at(-1)!] = v
  }
  return out
}

/** The engagement's thresholds, every one editable; defaults come from the method. */
export function ThresholdsDialog({ settings, onClose }: { settings: Record<string, unknown>; onClose: () => void }) {
  const { t } = useT()
  const update = useMutation('diagnosis.updateSettings')
  const showError = useAppView((s) => s.showError)
  const defaults = flatten(DEFAULT_DIAGNOSIS_SETTINGS)
  const [values, setValues] = useState<Flat>(flatten(settings))
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await update({ diagnosis: unflatten(values) })
      onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="modal wide"
        role="dialog"
        aria-modal="true"
        aria-label={t('diag.thresholds.title')}
        onSubmit={(e) => void submit(e)}
      >
        <h2>{t('diag.thresholds.title')}</h2>
        <p className="muted">{t('diag.thresholds.hint')}</p>
        <div className="thresholds">
          {Object.entries(values).map(([path, v]) => (
            <label key={path} className={v !== defaults[path] ? 'changed' : ''}>
              {t(`threshold.${path}` as MessageKey)}
              {path === 'hypothesisPopulation' ? (
                <select value={String(v)} onChange={(e) => setValues({ ...values, [path]: e.target.value })}>
                  {['leadership', 'leadershipAndManagers'].map((o) => (
                    <option key={o} value={o}>
                      {t(`threshold.hypothesisPopulation.${o}` as MessageKey)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  type="number"
                  step="any"
                  value={String(v)}
                  title={`${path} (${defaults[path]})`}
                  onChange={(e) => setValues({ ...values, [path]: Number(e.target.value) })}
                />
              )}
            </label>
          ))}
        </div>
        <div className="modal-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('diag.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('diag.thresholds.save')}
          </button>
        </div>
      </form>
    </div>
  )
}

import { useState, type FormEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { useMutation, toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../../shared/domain/diagnosis-settings'
import { flattenSettings, readNumber, unflattenSettings, type FlatSettings } from './threshold-values'

/** The method's groups of thresholds, in the order the report presents its measures. */
const GROUPS: { id: string; paths: (path: string) => boolean }[] = [
  { id: 'floors', paths: (p) => p.startsWith('floors.') },
  { id: 'capPerCode', paths: (p) => p === 'capPerCode' },
  { id: 'pragmatism', paths: (p) => p.startsWith('pragmatism.') },
  { id: 'perceptionGap', paths: (p) => p.startsWith('perceptionGap.') || p === 'hypothesisPopulation' },
  { id: 'idealism', paths: (p) => p.startsWith('idealism.') },
  { id: 'collectives', paths: (p) => p.startsWith('collectives.') },
  { id: 'execution', paths: (p) => p.startsWith('execution.') },
  { id: 'attentionLoad', paths: (p) => p.startsWith('attentionLoad.') },
  { id: 'enablers', paths: (p) => p.startsWith('enablers.') },
  { id: 'reliability', paths: (p) => p.startsWith('reliability.') },
  { id: 'recommendations', paths: (p) => p.startsWith('recommendations.') },
]

const POPULATIONS = ['leadership', 'leadershipAndManagers'] as const

/**
 * The engagement's thresholds by measure, each with what it changes in plain words and the
 * method's value beside it; numbers are typed in the interface's format ("0,65" in French).
 */
export function ThresholdsDialog({ settings, onClose }: { settings: Record<string, unknown>; onClose: () => void }) {
  const { t, tn, number } = useT()
  const update = useMutation('diagnosis.updateSettings')
  const showError = useAppView((s) => s.showError)
  const defaults = flattenSettings(DEFAULT_DIAGNOSIS_SETTINGS)
  const shown = (v: number | string) => (typeof v === 'number' ? number(v) : v)
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const flat = flattenSettings(settings)
    return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, shown(v)]))
  })
  const values: FlatSettings = Object.fromEntries(
    Object.entries(texts).map(([k, v]) => [k, typeof defaults[k] === 'number' ? readNumber(v) : v]),
  ) as FlatSettings
  const invalid = Object.entries(values)
    .filter(([, v]) => v === null)
    .map(([k]) => k)
  const changed = Object.entries(values).filter(([k, v]) => v !== defaults[k]).length

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (invalid.length > 0) return
    try {
      await update({ diagnosis: unflattenSettings(values) })
      onClose()
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const set = (path: string, text: string) => setTexts((all) => ({ ...all, [path]: text }))
  const reset = (path: string) => set(path, shown(defaults[path]!))

  return (
    <Dialog
      title={t('diag.thresholds.title')}
      onClose={onClose}
      className="wide thresholds-dialog"
      onSubmit={(e) => void submit(e)}
      actions={
        <>
          <span className="muted thresholds-changed" aria-live="polite">
            {changed > 0 && tn('threshold.changedCount', changed)}
          </span>
          <button
            type="button"
            className="button ghost"
            disabled={changed === 0}
            onClick={() => setTexts(Object.fromEntries(Object.keys(texts).map((k) => [k, shown(defaults[k]!)])))}
          >
            {t('threshold.resetAll')}
          </button>
          <button type="button" className="button ghost" onClick={onClose}>
            {t('diag.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={invalid.length > 0}>
            {t('diag.thresholds.save')}
          </button>
        </>
      }
    >
      <p className="muted">{t('diag.thresholds.hint')}</p>
      {GROUPS.map((g) => (
        <fieldset key={g.id} className="threshold-group">
          <legend>{t(`threshold.group.${g.id}` as MessageKey)}</legend>
          <p className="muted hint">{t(`threshold.group.${g.id}.hint` as MessageKey)}</p>
          {Object.keys(texts)
            .filter(g.paths)
            .map((path) => {
              const isChanged = values[path] !== defaults[path]
              const id = `threshold-${path}`
              return (
                <div
                  key={path}
                  className={`threshold-row${isChanged ? ' changed' : ''}${path === 'hypothesisPopulation' ? ' choice' : ''}`}
                >
                  <label htmlFor={id}>{t(`threshold.${path}` as MessageKey)}</label>
                  {path === 'hypothesisPopulation' ? (
                    <select id={id} value={texts[path]} onChange={(e) => set(path, e.target.value)}>
                      {POPULATIONS.map((o) => (
                        <option key={o} value={o}>
                          {t(`threshold.hypothesisPopulation.${o}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      id={id}
                      inputMode="decimal"
                      value={texts[path]}
                      aria-invalid={values[path] === null}
                      aria-describedby={`${id}-method`}
                      onChange={(e) => set(path, e.target.value)}
                    />
                  )}
                  <span id={`${id}-method`} className="threshold-method">
                    {path === 'hypothesisPopulation'
                      ? t('threshold.method', {
                          value: t(`threshold.hypothesisPopulation.${String(defaults[path])}` as MessageKey),
                        })
                      : t('threshold.method', { value: shown(defaults[path]!) })}
                  </span>
                  <button
                    type="button"
                    className="button ghost small threshold-reset"
                    disabled={!isChanged}
                    aria-label={t('threshold.resetOne', { name: t(`threshold.${path}` as MessageKey) })}
                    title={t('threshold.reset')}
                    onClick={() => reset(path)}
                  >
                    ↺
                  </button>
                  {values[path] === null && <span className="inline-problem">{t('threshold.invalid')}</span>}
                </div>
              )
            })}
        </fieldset>
      ))}
    </Dialog>
  )
}

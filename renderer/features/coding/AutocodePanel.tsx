import { useState } from 'react'
import type { AutocodeInput, AutocodePreview } from '../../../shared/api/search'
import { call } from '../../api/client'
import { toApiError } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { AutocodeForm } from './AutocodeForm'
import { BulkStatus } from './BulkStatus'
import { SpanList } from './SpanList'
import { autocodeInput, EMPTY_RULE, type AutocodeRule } from './autocode-rule'
import { useCodingView } from './coding-view'
import { useBulkCoding } from './use-bulk-coding'
import './search.css'

/** Autocoding: a rule, a preview of every passage it would code, then one undoable action. */
export function AutocodePanel() {
  const { t, tn } = useT()
  const coderId = useCodingView((s) => s.coderId)
  const showError = useAppView((s) => s.showError)
  const [rule, setRule] = useState<AutocodeRule>(EMPTY_RULE)
  const [preview, setPreview] = useState<{ key: string; input: AutocodeInput; result: AutocodePreview } | null>(null)
  const bulk = useBulkCoding()
  const built = autocodeInput(rule, coderId)
  const key = 'input' in built ? JSON.stringify(built.input) : ''
  const stale = preview !== null && preview.key !== key

  const runPreview = async () => {
    if (!('input' in built)) return
    bulk.clear()
    try {
      setPreview({ key, input: built.input, result: await call('autocode.preview', built.input) })
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const apply = async () => {
    if (!preview || stale) return
    const r = await bulk.run(() => call('autocode.apply', preview.input), 'autocode.done')
    if (r) setPreview(null)
  }

  return (
    <section className="card autocode-panel" aria-label={t('autocode.title')}>
      <h2>{t('autocode.title')}</h2>
      <p className="muted hint">{t('autocode.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void runPreview()
        }}
      >
        <AutocodeForm rule={rule} onChange={setRule} />
        <div className="bulk-actions">
          <button type="submit" className="button" disabled={!('input' in built)}>
            {t('autocode.preview')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!preview || stale || preview.result.total === 0 || bulk.busy}
            onClick={() => void apply()}
          >
            {t('autocode.apply')}
          </button>
          {'problem' in built && (rule.keywords.trim() || rule.pattern.trim()) && (
            <span className="inline-problem autocode-problem" role="status">
              {t(built.problem.key, built.problem.params)}
            </span>
          )}
          {stale && 'input' in built && <span className="muted">{t('autocode.stale')}</span>}
        </div>
      </form>
      <BulkStatus status={bulk.status} onUndo={() => void bulk.takeBack()} />
      {preview && (
        <div className="autocode-preview" aria-label={t('autocode.previewTitle')}>
          <div className="search-summary">
            <strong className="preview-count">{tn('autocode.previewCount', preview.result.total)}</strong>
            <span>{tn('search.inDocuments', preview.result.documents)}</span>
            {preview.result.skipped > 0 && (
              <span className="muted"> · {tn('autocode.skipped', preview.result.skipped)}</span>
            )}
          </div>
          {preview.result.capped && <p className="inline-problem">{t('autocode.capped')}</p>}
          {preview.result.total === 0 && <p className="muted">{t('autocode.nothing')}</p>}
          {preview.result.spans.length < preview.result.total && (
            <p className="muted">{t('autocode.previewShown', { shown: preview.result.spans.length })}</p>
          )}
          <SpanList spans={preview.result.spans} label={t('autocode.previewTitle')} />
        </div>
      )}
    </section>
  )
}

import { useEffect, useRef, useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useCall, useDataRevision } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useFlushOnLeave } from '../../stores/pending-writes'
import { useT } from '../../i18n/language-store'
import type { Language } from '../../../shared/domain/groups'

const AUTOSAVE_MS = 700

/**
 * A text of the report in the consultant's words, saved as they type: the executive summary (empty
 * means the generated draft) or the commentary of a finding.
 */
export function SummaryEditor({
  language,
  draft,
  section = 'executiveSummary',
  title,
  hint,
}: {
  language: Language
  draft: string
  section?: string
  title?: string
  hint?: string
}) {
  const { t } = useT()
  const texts = useCall('report.texts', { language })
  const bump = useDataRevision((s) => s.bump)
  const showError = useAppView((s) => s.showError)
  const [body, setBody] = useState<string | null>(null)
  const pending = useRef<number | undefined>(undefined)
  const latest = useRef('')
  useEffect(() => {
    if (body === null && texts.data) setBody(texts.data[section] ?? '')
  }, [texts.data, body])
  const flush = useRef(async () => {})
  flush.current = async () => {
    if (pending.current === undefined) return
    window.clearTimeout(pending.current)
    pending.current = undefined
    try {
      await call('report.setText', { section, language, body: latest.current })
      bump()
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  useFlushOnLeave(flush)
  const change = (value: string) => {
    setBody(value)
    latest.current = value
    window.clearTimeout(pending.current)
    pending.current = window.setTimeout(() => void flush.current(), AUTOSAVE_MS)
  }
  return (
    <section className={section === 'executiveSummary' ? 'card' : 'commentary'}>
      <h2>{title ?? t('report.ui.summary')}</h2>
      <p className="muted hint">{hint ?? t('report.ui.summaryHint')}</p>
      <textarea
        aria-label={title ?? t('report.ui.summary')}
        rows={section === 'executiveSummary' ? 12 : 5}
        value={body ?? ''}
        placeholder={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={() => void flush.current()}
      />
      {!body && draft && (
        <button type="button" className="button small" onClick={() => change(draft)}>
          {t('report.ui.useDraft')}
        </button>
      )}
    </section>
  )
}

import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import { useCall } from '../../api/use-call'
import { useAutosave } from '../../components/use-autosave'
import { useT } from '../../i18n/language-store'
import type { Language } from '../../../shared/domain/groups'

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
  // The same text in the other language: written there only, this report would go out without it.
  const other: Language = language === 'fr' ? 'en' : 'fr'
  const otherTexts = useCall('report.texts', { language: other })
  const [body, setBody] = useState<string | null>(null)
  useEffect(() => {
    if (body === null && texts.data) setBody(texts.data[section] ?? '')
  }, [texts.data, body])
  const autosave = useAutosave<string, string>((key, text) =>
    call('report.setText', { section: key, language, body: text }),
  )
  const onlyInOther = !body?.trim() && !!otherTexts.data?.[section]?.trim()
  const change = (value: string) => {
    setBody(value)
    autosave.change(section, value)
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
        onBlur={() => void autosave.flush()}
      />
      {onlyInOther && (
        <p className="inline-problem" role="status">
          {t('report.ui.onlyInOtherLanguage', {
            other: t(`report.ui.inLanguage.${other}`),
            here: t(`report.ui.inLanguage.${language}`),
          })}
        </p>
      )}
      {!body && draft && (
        <button type="button" className="button small" onClick={() => change(draft)}>
          {t('report.ui.useDraft')}
        </button>
      )}
    </section>
  )
}

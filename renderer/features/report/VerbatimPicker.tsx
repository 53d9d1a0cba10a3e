import { useState } from 'react'
import { call } from '../../api/client'
import { toApiError, useCall } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Language } from '../../../shared/domain/groups'
import { MAX_VERBATIMS, VERBATIM_SECTIONS, type VerbatimSection } from '../../../shared/report/verbatim-candidates'
import type { VerbatimCandidate } from '../../../shared/api/report'
import { SummaryEditor } from './SummaryEditor'

const MAX_PICKS = MAX_VERBATIMS

/** Per section, the excerpts the report may quote; the consultant ticks up to three. */
export function VerbatimPicker({
  language,
  sections,
}: {
  language: Language
  sections: { id: string; title: string }[]
}) {
  const { t } = useT()
  const shown = VERBATIM_SECTIONS.filter((s) => sections.some((x) => x.id === s))
  const [section, setSection] = useState<VerbatimSection>('pragmatism')
  const current = shown.includes(section) ? section : (shown[0] ?? 'pragmatism')
  const candidates = useCall('report.candidates', { section: current, language })
  const showError = useAppView((s) => s.showError)
  const toggle = async (c: VerbatimCandidate) => {
    const picked = (candidates.data ?? []).filter((x) => x.picked)
    const next = c.picked ? picked.filter((x) => x !== c) : [...picked, c].slice(0, MAX_PICKS)
    try {
      await call('report.setVerbatims', {
        section: current,
        refs: next.map(({ documentId, start, end }) => ({ documentId, start, end })),
      })
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <section className="card verbatim-picker">
      <h2>{t('report.ui.verbatims')}</h2>
      <p className="muted hint">{t('report.ui.verbatimsHint')}</p>
      <label>
        {t('report.ui.section')}
        <select value={current} onChange={(e) => setSection(e.target.value as VerbatimSection)}>
          {shown.map((s) => (
            <option key={s} value={s}>
              {sections.find((x) => x.id === s)?.title}
            </option>
          ))}
        </select>
      </label>
      <SummaryEditor
        key={`${current}-${language}`}
        language={language}
        draft=""
        section={current}
        title={t('report.ui.commentary')}
        hint={t('report.ui.commentaryHint')}
      />
      <ul className="candidates">
        {(candidates.data ?? []).map((c) => (
          <li key={`${c.documentId}:${c.start}`}>
            <label className={c.picked ? 'picked' : ''}>
              <input
                type="checkbox"
                checked={c.picked}
                disabled={!c.picked && (candidates.data ?? []).filter((x) => x.picked).length >= MAX_PICKS}
                onChange={() => void toggle(c)}
              />
              <span>
                <span className="candidate-who">
                  {c.respondentCode && <span className="mono">{c.respondentCode}</span>}
                  <GroupBadge group={c.group} />
                  {c.key && (
                    <span className="key-mark" title={t('report.ui.keyVerbatim')}>
                      ★
                    </span>
                  )}
                </span>{' '}
                <span data-content>{c.text}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  )
}

import { useEffect, useState } from 'react'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useCodingView } from '../coding'
import { VERBATIM_SECTIONS, type VerbatimSection } from '../../../shared/report/verbatim-candidates'
import type { MessageKey } from '../../../shared/i18n/translate'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import { useEvidence } from './evidence-store'

/**
 * The quotes behind the figure the consultant clicked, with who said them and to what question;
 * each one opens in its document or goes into a section of the report.
 */
export function EvidencePanel() {
  const { t, tn, lang } = useT()
  const open = useEvidence((s) => s.open)
  const close = useEvidence((s) => s.close)
  const go = useAppView((s) => s.go)
  const showError = useAppView((s) => s.showError)
  const addVerbatim = useMutation('report.addVerbatim')
  const [added, setAdded] = useState<Record<string, string>>({})
  const toReport = async (
    key: string,
    section: VerbatimSection,
    ref: { documentId: string; start: number; end: number },
  ) => {
    try {
      await addVerbatim({ section, ref })
      setAdded((a) => ({
        ...a,
        [key]: t('diag.evidence.added', { section: t(`report.section.${section}` as MessageKey) }),
      }))
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  const refs = open?.refs.slice(0, 200).map(({ documentId, start, end }) => ({ documentId, start, end })) ?? []
  const excerpts = useCall('diagnosis.excerpts', { refs })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [close])
  if (!open) return null
  return (
    <aside className="evidence-panel" role="complementary" aria-label={t('diag.evidence.title')}>
      <header>
        <div>
          <div className="evidence-kicker">{t('diag.evidence.title')}</div>
          <h3>{open.title}</h3>
          {open.subtitle && <div className="muted">{open.subtitle}</div>}
          <div className="muted">{tn('diag.evidence.count', open.refs.length)}</div>
        </div>
        <button type="button" className="button ghost" onClick={close}>
          {t('diag.evidence.close')}
        </button>
      </header>
      {open.refs.length === 0 && <p className="muted">{t('diag.evidence.none')}</p>}
      <ol className="excerpts">
        {(excerpts.data ?? []).map((x) => {
          const key = `${x.documentId}:${x.start}:${x.end}`
          const ref = { documentId: x.documentId, start: x.start, end: x.end }
          return (
            <li key={key} className="excerpt">
              <div className="excerpt-meta">
                <span className="mono">{x.respondentCode}</span>
                <GroupBadge group={x.group} />
                {x.role && <span className="muted">{x.role}</span>}
              </div>
              {x.question && <div className="excerpt-question">{x.question[lang]}</div>}
              <blockquote>
                <span className="context">{x.before.length ? `…${x.before}` : ''}</span>
                <mark>{x.text}</mark>
                <span className="context">{x.after.length ? `${x.after}…` : ''}</span>
              </blockquote>
              <div className="excerpt-actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    useCodingView.getState().openDocument(x.documentId, { start: x.start, end: x.end })
                    go('coding')
                    close()
                  }}
                >
                  {t('diag.evidence.openDocument')}
                </button>
                <select
                  aria-label={t('diag.evidence.addTo')}
                  value=""
                  onChange={(e) => void toReport(key, e.target.value as VerbatimSection, ref)}
                >
                  <option value="">{t('diag.evidence.addTo')}</option>
                  {VERBATIM_SECTIONS.map((s) => (
                    <option key={s} value={s}>
                      {t(`report.section.${s}` as MessageKey)}
                    </option>
                  ))}
                </select>
                {added[key] && (
                  <span className="muted" role="status">
                    {added[key]}
                  </span>
                )}
              </div>
            </li>
          )
        })}
      </ol>
    </aside>
  )
}

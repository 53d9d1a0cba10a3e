import { useState } from 'react'
import type { Dashboard } from '../../../shared/api/diagnosis'
import type { Recommendation } from '../../../shared/domain/diagnosis/result'
import { useMutation, toApiError, useCall } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import type { MessageKey } from '../../../shared/i18n/translate'
import { GroupBadge } from '../../components/GroupBadge'
import { useEvidence } from './evidence-store'
import type { DashboardNames } from './chart-labels'
import { overriddenTriggerNote } from '../../../shared/report/measure-names'
import { triggerLine } from '../../../shared/report/trigger-values'

/** The recommendation library: which fired, on what values, with quotes; the consultant decides. */
export function RecommendationsSection({ d, names }: { d: Dashboard['diagnosis']; names: DashboardNames }) {
  const { t } = useT()
  const [all, setAll] = useState(false)
  const shown = d.recommendations.filter((r) => all || r.triggered)
  return (
    <section className="card" aria-label={t('diag.recs.title')}>
      <header className="section-header">
        <h2>{t('diag.recs.title')}</h2>
        <button type="button" className="button ghost small" onClick={() => setAll(!all)}>
          {all ? t('diag.recs.hideOthers') : t('diag.recs.showAll')}
        </button>
      </header>
      <ol className="recs">
        {shown.map((r) => (
          <RecommendationItem key={r.id} r={r} names={names} />
        ))}
      </ol>
    </section>
  )
}

function RecommendationItem({ r, names }: { r: Recommendation; names: DashboardNames }) {
  const tr = useT()
  const { t, tn, lang } = tr
  const show = useEvidence((s) => s.show)
  const decide = useMutation('diagnosis.decideRecommendation')
  const undo = useMutation('diagnosis.clearRecommendationDecision')
  const showError = useAppView((s) => s.showError)
  const [editing, setEditing] = useState<null | 'accepted' | 'edited' | 'rejected'>(null)
  const [reason, setReason] = useState(r.decision?.reason ?? '')
  const [text, setText] = useState(r.decision?.text[lang] ?? t(`rec.${r.id}` as MessageKey))
  const quotes = useCall('diagnosis.excerpts', {
    refs: r.supporting.map(({ documentId, start, end }) => ({ documentId, start, end })),
  })
  const status = r.triggered ? 'triggered' : r.evaluable ? 'notTriggered' : 'notEvaluable'
  const title =
    r.decision?.decision === 'edited' && r.decision.text[lang] ? r.decision.text[lang]! : t(`rec.${r.id}` as MessageKey)
  const save = async () => {
    try {
      const other = lang === 'fr' ? 'en' : 'fr'
      await decide({
        recommendation: r.id,
        decision: editing!,
        reason,
        text:
          editing === 'edited'
            ? ({ [lang]: text, [other]: r.decision?.text[other] ?? null } as { fr: string | null; en: string | null })
            : { fr: null, en: null },
      })
      setEditing(null)
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <li className={`rec rec-${status} ${r.decision ? `decided-${r.decision.decision}` : ''}`} data-rec={r.id}>
      <div className="rec-head">
        <span className="rec-id mono">{r.id}</span>
        <strong className="rec-title">{title}</strong>
        <span className={`rec-status ${status}`}>{t(`diag.recs.${status}` as MessageKey)}</span>
        {r.decision && <span className="badge">{t(`diag.recs.decision.${r.decision.decision}`)}</span>}
      </div>
      <div className="rec-values">{triggerLine(tr, r.values)}</div>
      {(r.overridden ?? []).map((o) => (
        <div key={o.measure} className="rec-override">
          {overriddenTriggerNote(tr, o, names.code)}
        </div>
      ))}
      {r.decision && <div className="rec-reason">{r.decision.reason}</div>}
      {distinctQuotes(quotes.data ?? []).map((q) => (
        <blockquote key={`${q.documentId}:${q.start}`} className="rec-quote">
          {tr.quote(q.text)} <span className="muted">— {q.respondentCode}</span> <GroupBadge group={q.group} />
        </blockquote>
      ))}
      <div className="rec-actions">
        {r.counterCount > 0 && <span className="muted">{tn('diag.recs.counter', r.counterCount)}</span>}
        {r.supporting.length > 0 && (
          <button type="button" className="button ghost small" onClick={() => show(title, r.supporting)}>
            {tn('diag.evidence.count', r.supporting.length)}
          </button>
        )}
        {r.evaluable && !editing && (
          <>
            <button type="button" className="button small" onClick={() => setEditing('accepted')}>
              {t('diag.recs.accept')}
            </button>
            <button type="button" className="button small" onClick={() => setEditing('edited')}>
              {t('diag.recs.edit')}
            </button>
            <button type="button" className="button small" onClick={() => setEditing('rejected')}>
              {t('diag.recs.reject')}
            </button>
            {r.decision && (
              <button
                type="button"
                className="button ghost small"
                onClick={() =>
                  void undo({ recommendation: r.id }).catch((e: unknown) => showError(toApiError(e).error))
                }
              >
                {t('diag.recs.undo')}
              </button>
            )}
          </>
        )}
      </div>
      {editing && (
        <form className="rec-form" onSubmit={(e) => (e.preventDefault(), void save())}>
          {editing === 'edited' && (
            <label>
              {t('diag.recs.text')}
              <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
            </label>
          )}
          <label>
            {t('diag.recs.reason')}
            <textarea rows={2} value={reason} required autoFocus onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="modal-actions">
            <button type="button" className="button ghost" onClick={() => setEditing(null)}>
              {t('diag.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={reason.trim() === ''}>
              {t(
                `diag.recs.${editing === 'accepted' ? 'accept' : editing === 'rejected' ? 'reject' : 'edit'}` as MessageKey,
              ).replace('…', '')}
            </button>
          </div>
        </form>
      )}
    </li>
  )
}

/** The first three quotes whose words differ (the same words from two respondents show once). */
function distinctQuotes<T extends { text: string }>(quotes: T[]): T[] {
  const seen = new Set<string>()
  return quotes
    .filter((q) => !seen.has(q.text.trim().toLowerCase()) && seen.add(q.text.trim().toLowerCase()))
    .slice(0, 3)
}

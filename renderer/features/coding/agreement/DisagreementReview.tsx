import type { AgreementReport, DisagreementExcerpt } from '../../../../shared/api/agreement'
import { useState } from 'react'
import { call } from '../../../api/client'
import { toApiError, useCall } from '../../../api/use-call'
import { useAppView } from '../../../stores/app-view'
import { useT } from '../../../i18n/language-store'
import { useCodingView } from '../coding-view'
import { coefficient } from './agreement-figures'

/** The excerpts of one code that one consultant coded and the other did not, side by side. */
export function DisagreementReview(p: { report: AgreementReport; codeKey: string }) {
  const { t, lang } = useT()
  const [a, b] = p.report.coders as [AgreementReport['coders'][number], AgreementReport['coders'][number]]
  const code = p.report.codes.find((c) => c.key === p.codeKey)
  const found = useCall('agreement.disagreements', {
    codeKey: p.codeKey,
    coderA: a.id,
    coderB: b.id,
    theta: p.report.theta,
  })
  const name = code?.name[lang] ?? p.codeKey
  const showError = useAppView((s) => s.showError)
  const settle = async (codingId: string, decision: 'keep' | 'leave', reason: string) => {
    try {
      await call('agreement.decide', { codingId, decision, reason, coderA: a.id, coderB: b.id, theta: p.report.theta })
    } catch (e) {
      showError(toApiError(e).error)
    }
  }
  return (
    <section className="card agreement-review" aria-label={t('agreement.disagreementsTitle', { code: name })}>
      <header className="section-header">
        <h3>{t('agreement.disagreementsTitle', { code: name })}</h3>
      </header>
      <p className="hint">
        {t('agreement.disagreementsHint', { theta: coefficient(lang, p.report.theta).replace(/0+$/, '') })}
      </p>
      <p className="hint">{t('agreement.consensusHint')}</p>
      <div className="agreement-sides">
        <Side title={t('agreement.onlyBy', { coder: a.name })} excerpts={found.data?.onlyA} settle={settle} />
        <Side title={t('agreement.onlyBy', { coder: b.name })} excerpts={found.data?.onlyB} settle={settle} />
      </div>
    </section>
  )
}

type Settle = (codingId: string, decision: 'keep' | 'leave', reason: string) => Promise<void>

function Side(p: { title: string; excerpts: DisagreementExcerpt[] | undefined; settle: Settle }) {
  const { t } = useT()
  return (
    <div className="agreement-side">
      <h4>{p.title}</h4>
      {p.excerpts?.length === 0 && <p className="muted">{t('agreement.noneOnSide')}</p>}
      <ul>
        {p.excerpts?.map((x) => (
          <li key={x.codingId} className="agreement-excerpt" data-coding={x.codingId}>
            <div className="agreement-excerpt-meta">
              <span className="mono">{x.respondentCode ?? t('agreement.noRespondent')}</span>
              <span className="muted">{x.documentTitle}</span>
            </div>
            <blockquote>{x.text}</blockquote>
            <button
              type="button"
              className="link"
              onClick={() => useCodingView.getState().openDocument(x.documentId, { start: x.start, end: x.end })}
            >
              {t('agreement.showInDocument')}
            </button>
            {x.consensus ? (
              <div className={`consensus-decided ${x.consensus}`}>
                <p>{t(x.consensus === 'kept' ? 'agreement.kept' : 'agreement.left')}</p>
                {x.consensusReason ? <p className="consensus-reason">{x.consensusReason}</p> : null}
              </div>
            ) : (
              <Decision codingId={x.codingId} settle={p.settle} />
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Keep the excerpt in the consensus or leave it out, always with a reason. */
function Decision(p: { codingId: string; settle: Settle }) {
  const { t } = useT()
  const [reason, setReason] = useState('')
  const ready = reason.trim() !== ''
  return (
    <div className="consensus-decision">
      <label>
        {t('agreement.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button small"
          disabled={!ready}
          onClick={() => void p.settle(p.codingId, 'keep', reason)}
        >
          {t('agreement.keep')}
        </button>
        <button
          type="button"
          className="button ghost small"
          disabled={!ready}
          onClick={() => void p.settle(p.codingId, 'leave', reason)}
        >
          {t('agreement.leave')}
        </button>
      </div>
    </div>
  )
}

import type { AgreementReport, DisagreementExcerpt } from '../../../../shared/api/agreement'
import { useCall } from '../../../api/use-call'
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
  return (
    <section className="card agreement-review" aria-label={t('agreement.disagreementsTitle', { code: name })}>
      <header className="section-header">
        <h3>{t('agreement.disagreementsTitle', { code: name })}</h3>
      </header>
      <p className="hint">
        {t('agreement.disagreementsHint', { theta: coefficient(lang, p.report.theta).replace(/0+$/, '') })}
      </p>
      <div className="agreement-sides">
        <Side title={t('agreement.onlyBy', { coder: a.name })} excerpts={found.data?.onlyA} />
        <Side title={t('agreement.onlyBy', { coder: b.name })} excerpts={found.data?.onlyB} />
      </div>
    </section>
  )
}

function Side(p: { title: string; excerpts: DisagreementExcerpt[] | undefined }) {
  const { t } = useT()
  return (
    <div className="agreement-side">
      <h4>{p.title}</h4>
      {p.excerpts?.length === 0 && <p className="muted">{t('agreement.noneOnSide')}</p>}
      <ul>
        {p.excerpts?.map((x) => (
          <li key={x.codingId} className="agreement-excerpt">
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
          </li>
        ))}
      </ul>
    </div>
  )
}

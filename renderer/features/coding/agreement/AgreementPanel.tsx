import { useState } from 'react'
import { useCall } from '../../../api/use-call'
import { useT } from '../../../i18n/language-store'
import { EmptyState } from '../../../components/EmptyState'
import { ComparisonPicker } from './ComparisonPicker'
import { AgreementTable } from './AgreementTable'
import { DisagreementReview } from './DisagreementReview'
import { coefficient, type Comparison } from './agreement-figures'
import './agreement.css'

/** Inter-coder agreement: per-code alpha and kappa between consultants, and their disagreements side by side. */
export function AgreementPanel() {
  const { t, tn, lang } = useT()
  const coders = (useCall('coding.coders', {}).data ?? []).filter((c) => c.kind === 'person')
  const [chosen, setChosen] = useState<Comparison | null>(null)
  // Two consultants: their pair; more: all of them, until a pair is chosen.
  const comparison = chosen ?? (coders.length === 2 ? coders.map((c) => c.id) : [])
  const report = useCall('agreement.report', { coderIds: [...comparison] })
  const [selected, setSelected] = useState<string | null>(null)
  if (!report.data) return <p className="muted">{t('agreement.loading')}</p>
  const r = report.data
  const selectedKey = r.codes.some((c) => c.key === selected) ? selected : null
  return (
    <div className="agreement">
      <div className="agreement-bar">
        <h2>{t('agreement.title')}</h2>
        {coders.length >= 2 && <ComparisonPicker coders={coders} value={comparison} onChange={setChosen} />}
      </div>
      {r.coders.length < 2 ? (
        <EmptyState title={t('agreement.emptyTitle')}>
          <p>{t('agreement.emptyBody')}</p>
          <p className="muted">{tn('agreement.emptyCoders', coders.length)}</p>
        </EmptyState>
      ) : (
        <>
          <AgreementTable report={r} selected={selectedKey} onSelect={setSelected} />
          {r.againstConsensus.length > 0 && (
            <section className="agreement-consensus" aria-label={t('agreement.againstConsensus')}>
              <h3>{t('agreement.againstConsensus')}</h3>
              <ul>
                {r.againstConsensus.map((c) => (
                  <li key={c.coderId}>
                    {t('agreement.againstConsensusRow', {
                      coder: c.name,
                      alpha: c.meanAlpha === null ? '—' : coefficient(lang, c.meanAlpha),
                      units: c.units,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {r.coders.length !== 2 ? (
            <p className="hint">{t('agreement.pickPair')}</p>
          ) : selectedKey ? (
            <DisagreementReview report={r} codeKey={selectedKey} />
          ) : (
            <p className="hint">{t('agreement.pickCode')}</p>
          )}
        </>
      )}
    </div>
  )
}

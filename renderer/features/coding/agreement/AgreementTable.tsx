import type { AgreementReport, CodeAgreementRow } from '../../../../shared/api/agreement'
import { useT } from '../../../i18n/language-store'
import { BandCell } from './BandCell'
import { coefficient, share } from './agreement-figures'

/** The per-code table: alpha (Krippendorff), kappa (Landis & Koch), percent, segments; and the rules read. */
export function AgreementTable(p: {
  report: AgreementReport
  selected: string | null
  onSelect: (key: string) => void
}) {
  const { t, tn, lang } = useT()
  const r = p.report
  const two = r.coders.length === 2
  const alphas = r.codes.filter((c) => c.alpha !== null).length
  return (
    <section className="card agreement-table" aria-label={t('agreement.title')}>
      <header className="section-header">
        <h3>{t('agreement.byCode')}</h3>
        <strong className="agreement-mean">
          {r.meanAlpha === null
            ? t('agreement.meanNone')
            : tn('agreement.mean', alphas, { alpha: coefficient(lang, r.meanAlpha) })}
        </strong>
      </header>
      <p className="agreement-summary">
        {tn('agreement.summary', r.units, { coders: r.coders.map((c) => c.name).join(', ') })}
      </p>
      <p className="hint">{t('agreement.unitsHint')}</p>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('agreement.col.code')}</th>
            <th scope="col" className="num">
              {t('agreement.col.units')}
            </th>
            <th scope="col" className="num" title={t('agreement.appliedHint')}>
              {t('agreement.col.applied')}
            </th>
            <th scope="col" className="num">
              {t('agreement.col.alpha')}
            </th>
            <th scope="col" className="num">
              {t('agreement.col.kappa')}
            </th>
            <th scope="col" className="num">
              {t('agreement.col.percent')}
            </th>
            {two && (
              <th scope="col">
                {t('agreement.col.segments', { theta: coefficient(lang, r.theta).replace(/0+$/, '') })}
              </th>
            )}
            {two && <th scope="col" aria-label={t('agreement.review')} />}
          </tr>
        </thead>
        <tbody>
          {r.codes.map((c) => (
            <CodeRow key={c.key} row={c} report={r} selected={c.key === p.selected} onSelect={p.onSelect} />
          ))}
        </tbody>
      </table>
      <p className="hint agreement-rules">{t('agreement.rules')}</p>
      {two && <OtherCoefficients report={r} />}
    </section>
  )
}

function CodeRow(p: {
  row: CodeAgreementRow
  report: AgreementReport
  selected: boolean
  onSelect: (key: string) => void
}) {
  const { t, lang } = useT()
  const c = p.row
  const two = p.report.coders.length === 2
  const [a, b] = p.report.coders
  const name = c.name[lang]
  return (
    <tr className={p.selected ? 'selected' : undefined} data-code={c.key}>
      <th scope="row" title={c.key}>
        <span className="code-dot" style={{ background: c.color }} aria-hidden />
        {name} <span className="mono muted">{c.key}</span>
      </th>
      <td className="num">{c.units}</td>
      <td className="num">{c.applied}</td>
      <BandCell rule="alpha" value={c.alpha} band={c.alphaBand} />
      <BandCell rule="kappa" value={c.kappa} band={c.kappaBand} twoOnly={two} />
      <td className="num">{share(lang, c.percent)}</td>
      {two && (
        <td
          className="agreement-segments"
          title={
            c.segments
              ? t('agreement.segmentsHint', {
                  ...c.segments,
                  a: a!.name,
                  b: b!.name,
                  holsti: coefficient(lang, c.segments.holsti),
                })
              : undefined
          }
        >
          {c.segments && (
            <>
              <strong>{share(lang, c.segments.agreement)}</strong>{' '}
              <span className="muted">
                {t('agreement.segments', { ...c.segments, a: a!.initials, b: b!.initials })}
              </span>
            </>
          )}
        </td>
      )}
      {two && (
        <td>
          {c.segments && c.segments.aOnly + c.segments.bOnly > 0 && (
            <button
              type="button"
              className="button small ghost"
              aria-label={t('agreement.reviewLabel', { code: name })}
              aria-pressed={p.selected}
              onClick={() => p.onSelect(c.key)}
            >
              {t('agreement.review')}
            </button>
          )}
        </td>
      )}
    </tr>
  )
}

/** The coefficients other tools report (two coders), folded: the diagnosis reads alpha. */
function OtherCoefficients({ report }: { report: AgreementReport }) {
  const { t, lang } = useT()
  const value = (v: number | null) => (v === null ? '–' : coefficient(lang, v))
  return (
    <details className="agreement-more">
      <summary>{t('agreement.more')}</summary>
      <p className="hint">{t('agreement.moreHint')}</p>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('agreement.col.code')}</th>
            <th scope="col" className="num">
              {t('agreement.col.pi')}
            </th>
            <th scope="col" className="num">
              {t('agreement.col.brennanPrediger')}
            </th>
            <th scope="col" className="num">
              {t('agreement.col.characterKappa')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.codes.map((c) => (
            <tr key={c.key}>
              <th scope="row" title={c.key}>
                <span className="code-dot" style={{ background: c.color }} aria-hidden />
                {c.name[lang]}
              </th>
              <td className="num">{value(c.pi)}</td>
              <td className="num">{value(c.brennanPrediger)}</td>
              <td className="num">{value(c.characterKappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

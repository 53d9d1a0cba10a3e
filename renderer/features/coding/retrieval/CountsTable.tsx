import type { RetrievalCell, RetrievalCountRow, RetrievalCounts } from '../../../../shared/api/retrieval'
import { GROUPS, type Group } from '../../../../shared/domain/groups'
import { useT } from '../../../i18n/language-store'
import type { CodebookIndex } from './codebook-index'
import { CodeChip } from './CodeChip'

/** Groups worth a column: the ones filtered on, else the ones with an excerpt. */
function columns(counts: RetrievalCounts, filtered: readonly Group[]): Group[] {
  if (filtered.length > 0) return GROUPS.filter((g) => filtered.includes(g))
  const used = GROUPS.filter((g) => [counts.all, ...counts.codes].some((r) => r.byGroup[g]))
  return used.length > 0 ? used : [...GROUPS]
}

/** The matrix code × group: excerpts, and distinct respondents in brackets. */
export function CountsTable(p: { counts: RetrievalCounts; index: CodebookIndex; groups: readonly Group[] }) {
  const { t } = useT()
  const groups = columns(p.counts, p.groups)
  const cell = (c: RetrievalCell | undefined, strong: boolean, key: string) => {
    const v = c ?? { excerpts: 0, respondents: 0 }
    return (
      <td key={key} className={strong ? 'num strong' : 'num'} title={t('retrieval.cell', { ...v })}>
        {v.excerpts === 0 ? (
          <span className="muted">0</span>
        ) : (
          <>
            {v.excerpts} <span className="muted">({v.respondents})</span>
          </>
        )}
      </td>
    )
  }
  const row = (r: RetrievalCountRow, strong = false) => (
    <>
      {groups.map((g) => cell(r.byGroup[g], strong, g))}
      {cell(r.total, true, 'total')}
    </>
  )
  return (
    <section className="card retrieval-counts" aria-label={t('retrieval.counts')}>
      <header className="section-header">
        <h3>{t('retrieval.counts')}</h3>
        <span className="hint">{t('retrieval.countsHint')}</span>
      </header>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('retrieval.countsCode')}</th>
            {groups.map((g) => (
              <th key={g} scope="col" className="num">
                <span className={`group-dot group-${g}`} aria-hidden />
                {t(`groups.${g}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('retrieval.countsTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.counts.codes.map((r) => {
            const code = p.index.byId.get(r.codeId)
            return (
              <tr key={r.codeId}>
                <th scope="row">{code ? <CodeChip code={code} /> : r.codeId}</th>
                {row(r)}
              </tr>
            )
          })}
        </tbody>
        {p.counts.codes.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('retrieval.countsQuery')}</th>
              {row(p.counts.all, true)}
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  )
}

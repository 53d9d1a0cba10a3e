import { useMemo } from 'react'
import type { RetrievalQueryInput } from '../../../../shared/api/retrieval'
import { useCall } from '../../../api/use-call'
import { useT } from '../../../i18n/language-store'
import type { CodebookIndex } from './codebook-index'
import { ExcerptCard } from './ExcerptCard'
import { ExportExcerpts } from './ExportExcerpts'
import { RETRIEVAL_PAGE, useRetrievalQuery } from './retrieval-query'

/** A page of retrieved excerpts, with the total and a way to the next and previous pages. */
export function ExcerptList({ query, index }: { query: RetrievalQueryInput; index: CodebookIndex }) {
  const { t, tn } = useT()
  const offset = useRetrievalQuery((s) => s.offset)
  const setOffset = useRetrievalQuery((s) => s.setOffset)
  const page = useCall('retrieval.excerpts', { query, offset, limit: RETRIEVAL_PAGE })
  const coderList = useCall('coding.coders', {}).data
  const coders = useMemo(() => new Map((coderList ?? []).map((c) => [c.id, c])), [coderList])
  if (page.error) return <p className="warn">{page.error.message}</p>
  if (!page.data) return <p className="muted">{t('retrieval.loading')}</p>
  const { total, excerpts } = page.data
  return (
    <section className="retrieval-results" aria-label={t('retrieval.results')} aria-busy={page.loading}>
      <header className="section-header">
        <h3>{tn('retrieval.total', total)}</h3>
        <ExportExcerpts query={query} disabled={total === 0} />
        {total > RETRIEVAL_PAGE && (
          <nav className="pager">
            <span className="muted">
              {t('retrieval.range', { from: offset + 1, to: offset + excerpts.length, total })}
            </span>
            <button
              type="button"
              className="button small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - RETRIEVAL_PAGE))}
            >
              {t('retrieval.previous')}
            </button>
            <button
              type="button"
              className="button small"
              disabled={offset + RETRIEVAL_PAGE >= total}
              onClick={() => setOffset(offset + RETRIEVAL_PAGE)}
            >
              {t('retrieval.next')}
            </button>
          </nav>
        )}
      </header>
      {total === 0 && <p className="muted">{t('retrieval.none')}</p>}
      <ol className="excerpts">
        {excerpts.map((x) => (
          <li key={`${x.documentId}:${x.start}:${x.end}`}>
            <ExcerptCard excerpt={x} index={index} coders={coders} />
          </li>
        ))}
      </ol>
    </section>
  )
}

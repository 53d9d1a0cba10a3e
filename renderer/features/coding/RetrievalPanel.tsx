import { useMemo } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { EmptyState } from '../../components/EmptyState'
import { useCodebookIndex, type CodebookIndex } from './retrieval/codebook-index'
import { contractQuery, useRetrievalQuery } from './retrieval/retrieval-query'
import { useCodingView } from './coding-view'
import { QueryCodes } from './retrieval/QueryCodes'
import { QueryFilters } from './retrieval/QueryFilters'
import { CountsTable } from './retrieval/CountsTable'
import { ExcerptList } from './retrieval/ExcerptList'
import type { RetrievalQueryInput } from '../../../shared/api/retrieval'
import './retrieval/retrieval.css'

/** Retrieval: the excerpts of a code or a combination of codes, filtered, counted, and one step from their source. */
export function RetrievalPanel() {
  const { t } = useT()
  const index = useCodebookIndex()
  const state = useRetrievalQuery()
  const blind = useCodingView((s) => (s.blind ? s.coderId : null))
  // Working blind, a coder retrieves their own codings only.
  const query = useMemo(() => contractQuery(blind ? { ...state, coderIds: [blind] } : state), [state, blind])
  if (!index) return <p className="muted">{t('retrieval.loading')}</p>
  return (
    <div className="retrieval">
      <aside className="card retrieval-query" aria-label={t('retrieval.query')}>
        <QueryCodes index={index} />
        <QueryFilters />
      </aside>
      <div className="retrieval-main">
        {query ? (
          <Results query={query} index={index} />
        ) : (
          <EmptyState title={t('retrieval.startTitle')}>
            <p>{t('retrieval.start')}</p>
          </EmptyState>
        )}
      </div>
    </div>
  )
}

function Results({ query, index }: { query: RetrievalQueryInput; index: CodebookIndex }) {
  const counts = useCall('retrieval.counts', { query })
  return (
    <>
      {counts.data && <CountsTable counts={counts.data} index={index} groups={query.groups ?? []} />}
      <ExcerptList query={query} index={index} />
    </>
  )
}

import { useState } from 'react'
import { call } from '../../api/client'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { BulkStatus } from './BulkStatus'
import { CodeHitsForm } from './CodeHitsForm'
import { SpanList } from './SpanList'
import { useCodingView } from './coding-view'
import { useBulkCoding } from './use-bulk-coding'
import './search.css'

/** Full-text search of every answer and transcript, with "code all hits" as one undoable action. */
export function SearchPanel() {
  const { t } = useT()
  const [draft, setDraft] = useState('')
  const [query, setQuery] = useState('')
  const [coding, setCoding] = useState(false)
  const coderId = useCodingView((s) => s.coderId)
  const bulk = useBulkCoding()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setQuery(draft.trim())
    setCoding(false)
    bulk.clear()
  }
  const codeAll = async (codeIds: string[], wholeSentence: boolean) => {
    const r = await bulk.run(
      () =>
        call('search.codeHits', {
          query,
          codeIds,
          scope: wholeSentence ? 'sentence' : 'match',
          coderId: coderId ?? undefined,
        }),
      'search.done',
    )
    if (r) setCoding(false)
  }

  return (
    <section className="card search-panel" aria-label={t('search.title')}>
      <h2>{t('search.title')}</h2>
      <p className="muted hint">{t('search.hint')}</p>
      <form className="search-bar" role="search" onSubmit={submit}>
        <input
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoFocus
        />
        <button type="submit" className="button primary" disabled={!draft.trim()}>
          {t('search.run')}
        </button>
      </form>
      <BulkStatus status={bulk.status} onUndo={() => void bulk.takeBack()} />
      {query && <SearchResults query={query} coding={coding} setCoding={setCoding} onCode={codeAll} busy={bulk.busy} />}
    </section>
  )
}

function SearchResults(p: {
  query: string
  coding: boolean
  setCoding: (open: boolean) => void
  onCode: (codeIds: string[], wholeSentence: boolean) => Promise<void>
  busy: boolean
}) {
  const { t, tn } = useT()
  const result = useCall('search.run', { query: p.query })
  const r = result.data
  if (!r) return result.loading ? <p className="muted">…</p> : null
  if (r.total === 0) return <p className="muted search-none">{t('search.none')}</p>
  return (
    <>
      <div className="search-summary">
        <strong className="search-count">{tn('search.count', r.total)}</strong>
        <span>{tn('search.inDocuments', r.documents)}</span>
        {r.hits.length < r.total && <span className="muted"> · {t('search.shown', { shown: r.hits.length })}</span>}
        <span className="spacer" />
        {!p.coding && (
          <button type="button" className="button" onClick={() => p.setCoding(true)}>
            {t('search.codeAll')}
          </button>
        )}
      </div>
      {p.coding && (
        <CodeHitsForm count={r.total} busy={p.busy} onApply={p.onCode} onCancel={() => p.setCoding(false)} />
      )}
      <SpanList spans={r.hits} label={t('search.results')} />
    </>
  )
}

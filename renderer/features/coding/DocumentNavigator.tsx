import { useEffect, useMemo, useRef, useState } from 'react'
import type { CodingDocumentRow } from '../../../shared/api/coding'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'

/**
 * Every codable text by respondent, with how much of it is coded; Alt+PageDown/PageUp walk it.
 * The list is one Tab stop: the arrow keys move in it, Enter opens, Alt+D comes back to it from
 * anywhere in the tab, and Escape closes it when it is shown over the text.
 */
export function DocumentNavigator({
  documents,
  current,
  onOpen,
  onClose,
}: {
  documents: CodingDocumentRow[]
  current: string | null
  onOpen: (id: string) => void
  /** Set while the list is shown over the text (a narrow window). */
  onClose?: () => void
}) {
  const { t } = useT()
  const [filter, setFilter] = useState('')
  const [toReview, setToReview] = useState(false)
  const needle = filter.trim().toLowerCase()
  const list = useRef<HTMLDivElement>(null)
  // The open document stays in view, however it was opened (a search hit, Alt+PageDown).
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [current])
  const byRespondent = useMemo(() => {
    const groups = new Map<string, CodingDocumentRow[]>()
    for (const d of documents) {
      if (needle && !`${d.respondentCode ?? ''} ${d.title}`.toLowerCase().includes(needle)) continue
      if (toReview && d.needsReview === 0) continue
      const key = d.respondentCode ?? t('coding.noRespondent')
      groups.set(key, [...(groups.get(key) ?? []), d])
    }
    return [...groups]
  }, [documents, needle, toReview, t])
  const reviewTotal = documents.reduce((n, d) => n + d.needsReview, 0)
  const shownIds = byRespondent.flatMap(([, docs]) => docs.map((d) => d.id))
  const [focusId, setFocusId] = useState<string | null>(null)
  // The one entry Tab reaches: the last one moved to, else the open document, else the first.
  const stop = [focusId, current].find((id) => id && shownIds.includes(id)) ?? shownIds[0]
  const focusEntry = (id: string | undefined) => {
    if (!id) return
    setFocusId(id)
    list.current?.querySelector<HTMLElement>(`[data-document="${id}"]`)?.focus()
  }
  const onListKey = (e: React.KeyboardEvent) => {
    const at = shownIds.indexOf((e.target as HTMLElement).dataset.document ?? '')
    const to: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: shownIds.length - 1,
      PageDown: at + 10,
      PageUp: at - 10,
    }
    if (e.altKey || !(e.key in to)) return
    e.preventDefault()
    focusEntry(shownIds[Math.max(0, Math.min(shownIds.length - 1, to[e.key]!))])
  }
  // Alt+D: back to the list, where the open document is.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.key.toLowerCase() !== 'd') return
      e.preventDefault()
      requestAnimationFrame(() => focusEntry(stop))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  // Alt+PageDown / Alt+PageUp: the next or previous document of the list as filtered.
  useEffect(() => {
    const shown = byRespondent.flatMap(([, docs]) => docs)
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'PageDown' && e.key !== 'PageUp')) return
      const at = shown.findIndex((d) => d.id === current)
      const next = shown[at + (e.key === 'PageDown' ? 1 : -1)]
      if (next) {
        e.preventDefault()
        onOpen(next.id)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [byRespondent, current, onOpen])
  return (
    <nav
      className="document-navigator"
      aria-label={t('coding.documents')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onClose) {
          e.preventDefault()
          onClose()
        }
      }}
    >
      <input
        type="search"
        className="input"
        placeholder={t('coding.filterDocuments')}
        aria-label={t('coding.filterDocuments')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {reviewTotal > 0 && (
        <label className="navigator-review">
          <input type="checkbox" checked={toReview} onChange={(e) => setToReview(e.target.checked)} />
          {t('coding.onlyToReview', { n: reviewTotal })}
        </label>
      )}
      <div className="navigator-list" ref={list} onKeyDown={onListKey}>
        {byRespondent.map(([respondent, docs]) => (
          <div key={respondent} className="navigator-respondent">
            <h4>
              <span className="mono">{respondent}</span>
              {docs[0]?.group && <GroupBadge group={docs[0].group} />}
            </h4>
            {docs.map((d) => (
              <button
                key={d.id}
                type="button"
                className="navigator-document"
                data-document={d.id}
                aria-current={d.id === current ? 'true' : undefined}
                tabIndex={d.id === stop ? 0 : -1}
                onFocus={() => setFocusId(d.id)}
                onClick={() => onOpen(d.id)}
                title={d.title}
              >
                <span className="navigator-title" title={d.title || t(`coding.kind.${d.kind}`)}>
                  {d.title || t(`coding.kind.${d.kind}`)}
                </span>
                <span className="navigator-counts">
                  {d.needsReview > 0 && (
                    <span className="badge warn" title={t('coding.reviewCount', { n: d.needsReview })}>
                      {d.needsReview}
                    </span>
                  )}
                  <span className={d.codings ? 'count' : 'count none'}>{d.codings}</span>
                </span>
              </button>
            ))}
          </div>
        ))}
      </div>
    </nav>
  )
}

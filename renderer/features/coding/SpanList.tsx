import type { SpanRow } from '../../../shared/api/search'
import type { MessageKey } from '../../../shared/i18n/translate'
import { GroupBadge } from '../../components/GroupBadge'
import { useT } from '../../i18n/language-store'
import { useCodingView } from './coding-view'

/** Passages found by a search or an autocoding preview, highlighted in their context. */
export function SpanList({ spans, label }: { spans: readonly SpanRow[]; label: string }) {
  const { t } = useT()
  const openDocument = useCodingView((s) => s.openDocument)
  return (
    <ol className="excerpts span-list" aria-label={label}>
      {spans.map((s) => (
        <li key={`${s.documentId}:${s.start}:${s.end}`} className="excerpt span-row">
          <div className="excerpt-meta">
            <span className="mono">{s.respondentCode ?? '—'}</span>
            {s.group && <GroupBadge group={s.group} />}
            <span className="muted span-title">{s.title || t(`search.kind.${s.kind}` as MessageKey)}</span>
            <button
              type="button"
              className="button ghost small span-show"
              onClick={() => openDocument(s.documentId, { start: s.start, end: s.end })}
            >
              {t('search.show')}
            </button>
          </div>
          <blockquote>
            <span className="context">{s.before && `…${s.before}`}</span>
            <mark>{s.text}</mark>
            <span className="context">{s.after && `${s.after}…`}</span>
          </blockquote>
        </li>
      ))}
    </ol>
  )
}

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
            <span className="context">{s.before}</span>
            <mark>
              <MarkedText text={s.text} marks={s.marks} />
            </mark>
            <span className="context">{s.after}</span>
          </blockquote>
        </li>
      ))}
    </ol>
  )
}

/** A long span (a sentence, an answer) with the words that matched inside it in bold. */
function MarkedText({ text, marks }: { text: string; marks: SpanRow['marks'] }) {
  if (marks.length === 0) return text
  const parts: React.ReactNode[] = []
  let at = 0
  for (const m of marks) {
    if (m.start < at) continue
    parts.push(text.slice(at, m.start), <b key={m.start}>{text.slice(m.start, m.end)}</b>)
    at = m.end
  }
  parts.push(text.slice(at))
  return parts
}

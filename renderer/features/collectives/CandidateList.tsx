import type { EvidenceCandidate } from '../../../shared/api/collectives'
import { useT } from '../../i18n/language-store'
import { ExcerptMeta } from './ExcerptMeta'

/** Codings that could be linked, each in the words around it, with a button to link it. */
export function CandidateList(p: {
  candidates: EvidenceCandidate[] | undefined
  empty: string
  onLink: (codingId: string) => void
}) {
  const { t } = useT()
  if (!p.candidates) return null
  if (p.candidates.length === 0) return <p className="muted">{p.empty}</p>
  return (
    <ol className="excerpts candidates-list">
      {p.candidates.map((x) => (
        <li key={x.codingId} className="excerpt candidate" data-coding={x.codingId}>
          <div className="candidate-body">
            <ExcerptMeta excerpt={x} />
            <blockquote>
              <span className="context">{x.before.length ? `…${x.before}` : ''}</span>
              <mark>{x.text}</mark>
              <span className="context">{x.after.length ? `${x.after}…` : ''}</span>
            </blockquote>
          </div>
          <button type="button" className="button small" onClick={() => p.onLink(x.codingId)}>
            {t('collectives.linkOne')}
          </button>
        </li>
      ))}
    </ol>
  )
}

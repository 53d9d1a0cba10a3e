import type { CollectiveLabel } from '../../../shared/domain/collective'
import type { CollectiveCard } from '../../../shared/api/collectives'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { CriteriaList } from './CriteriaList'
import { VerdictLine } from './VerdictLine'
import { EvidenceList } from './EvidenceList'
import { NotesField } from './NotesField'
import { LabelSelect } from './LabelSelect'

/** One collective: its name and label, the verdict, C1-C5, the consultant's notes and the quotes. */
export function CollectiveCardView(p: {
  card: CollectiveCard
  onRename: () => void
  onDelete: () => void
  onLink: () => void
}) {
  const { t, tn } = useT()
  const update = useMutation('collectives.update')
  const showError = useAppView((s) => s.showError)
  const { card } = p
  const relabel = (label: CollectiveLabel) =>
    update({ collectiveId: card.id, patch: { label } }).catch((e: unknown) => showError(toApiError(e).error))
  return (
    <article className="card collective-card" aria-label={card.name} data-collective={card.id}>
      <header className="collective-head">
        <div className="collective-title">
          <h3>{card.name}</h3>
          {card.respondents > 0 && <span className="muted">{tn('collectives.namedBy', card.respondents)}</span>}
        </div>
        <LabelSelect className="collective-label" value={card.label} onChange={(l) => void relabel(l)} />
        <div className="collective-actions" role="group" aria-label={t('collectives.actions')}>
          <button type="button" className="button ghost small" onClick={p.onRename}>
            {t('collectives.rename')}
          </button>
          <button type="button" className="button ghost small" data-opens="DeleteCollectiveDialog" onClick={p.onDelete}>
            {t('collectives.delete')}
          </button>
        </div>
      </header>
      <VerdictLine card={card} />
      <div className="collective-body">
        <CriteriaList card={card} />
        <section className="collective-evidence" aria-label={t('collectives.evidence')}>
          <div className="collective-section-head">
            <h4>
              {t('collectives.evidence')} <span className="muted">({card.evidence.length})</span>
            </h4>
            <button type="button" className="button small" data-opens="LinkEvidenceDialog" onClick={p.onLink}>
              {t('collectives.link')}
            </button>
          </div>
          <EvidenceList card={card} />
          <NotesField card={card} />
        </section>
      </div>
    </article>
  )
}

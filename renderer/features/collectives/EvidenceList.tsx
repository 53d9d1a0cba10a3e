import type { CollectiveCard } from '../../../shared/api/collectives'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { useCodingView } from '../coding'
import { ExcerptMeta } from './ExcerptMeta'
import { CriterionSelect } from './CriterionSelect'

/** The quotes linked to a collective: who said them, which criterion they bear on, where they stand. */
export function EvidenceList({ card }: { card: CollectiveCard }) {
  const { t } = useT()
  const unlink = useMutation('collectives.unlinkEvidence')
  const bear = useMutation('collectives.setEvidenceCriterion')
  const openDocument = useCodingView((s) => s.openDocument)
  const showError = useAppView((s) => s.showError)
  const report = (e: unknown) => showError(toApiError(e).error)
  if (card.evidence.length === 0) return <p className="muted">{t('collectives.evidenceNone')}</p>
  return (
    <ol className="excerpts collective-excerpts">
      {card.evidence.map((x) => (
        <li key={x.codingId} className="excerpt" data-coding={x.codingId}>
          <ExcerptMeta excerpt={x}>
            <CriterionSelect
              value={x.criterion}
              onChange={(criterion) => bear({ collectiveId: card.id, codingId: x.codingId, criterion }).catch(report)}
            />
          </ExcerptMeta>
          <blockquote>
            <mark>{x.text}</mark>
          </blockquote>
          <div className="excerpt-actions">
            <button
              type="button"
              className="link"
              onClick={() => openDocument(x.documentId, { start: x.start, end: x.end })}
            >
              {t('collectives.showInDocument')}
            </button>
            <button
              type="button"
              className="button ghost small"
              aria-label={t('collectives.unlinkLabel', { respondent: x.respondentCode ?? '' })}
              onClick={() => unlink({ collectiveId: card.id, codingId: x.codingId }).catch(report)}
            >
              {t('collectives.unlink')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  )
}

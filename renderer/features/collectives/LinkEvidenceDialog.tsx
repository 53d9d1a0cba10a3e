import { Dialog } from '../../components/Dialog'
import { useEffect, useState } from 'react'
import type { CollectiveCard } from '../../../shared/api/collectives'
import type { CriterionNumber } from '../../../shared/domain/collective'
import { toApiError, useCall, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { CandidateList } from './CandidateList'
import { CriterionSelect } from './CriterionSelect'

/** Links codings to a collective: the suggested ones that name it, or any found by search. */
export function LinkEvidenceDialog(p: { card: CollectiveCard; onClose: () => void }) {
  const { t } = useT()
  const link = useMutation('collectives.linkEvidence')
  const showError = useAppView((s) => s.showError)
  const [criterion, setCriterion] = useState<CriterionNumber | null>(null)
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState('')
  // Searches once typing pauses, not at every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.trim()), 250)
    return () => clearTimeout(timer)
  }, [query])
  const suggestions = useCall('collectives.suggestions', { collectiveId: p.card.id })
  const found = useCall('collectives.searchCodings', { collectiveId: p.card.id, query: searched })
  const onLink = (codingId: string) =>
    link({ collectiveId: p.card.id, codingId, criterion }).catch((e: unknown) => showError(toApiError(e).error))
  const title = t('collectives.linkTitle', { name: p.card.name })
  return (
    <Dialog
      title={title}
      onClose={p.onClose}
      className="wide link-evidence"
      headerExtra={<CriterionSelect value={criterion} onChange={setCriterion} label={t('collectives.linkAs')} />}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={p.onClose}>
            {t('collectives.close')}
          </button>
        </>
      }
    >
      <section aria-label={t('collectives.suggestions')}>
        <h3>{t('collectives.suggestions')}</h3>
        <p className="muted">{t('collectives.suggestionsHint', { name: p.card.name })}</p>
        <CandidateList
          candidates={suggestions.data}
          empty={t('collectives.suggestionsNone')}
          onLink={(id) => void onLink(id)}
        />
      </section>
      <section aria-label={t('collectives.search')}>
        <label>
          <h3>{t('collectives.search')}</h3>
          <input
            type="search"
            value={query}
            placeholder={t('collectives.searchHint')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        {searched && (
          <CandidateList candidates={found.data} empty={t('collectives.searchNone')} onLink={(id) => void onLink(id)} />
        )}
      </section>
    </Dialog>
  )
}

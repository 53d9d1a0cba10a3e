import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { CollectivesApiName } from '../../../shared/api/collectives'
import { collectiveCards } from '../collectives/collective-cards'
import {
  createCollective,
  linkEvidence,
  removeCollective,
  setCriterion,
  setEvidenceCriterion,
  unlinkEvidence,
  updateCollective,
} from '../collectives/edit-collectives'
import { evidenceSuggestions, searchCodings } from '../collectives/evidence-candidates'

export function collectiveHandlers(session: Session): Pick<CoreHandlers, CollectivesApiName> {
  const e = () => session.requireEngagement()
  return {
    'collectives.list': () => collectiveCards(e()),
    'collectives.create': ({ name, label }) => createCollective(e(), name, label),
    'collectives.update': ({ collectiveId, patch }) => updateCollective(e(), collectiveId, patch),
    'collectives.setCriterion': ({ collectiveId, criterion, value }) =>
      setCriterion(e(), collectiveId, criterion, value),
    'collectives.remove': ({ collectiveId }) => removeCollective(e(), collectiveId),
    'collectives.linkEvidence': ({ collectiveId, codingId, criterion }) =>
      linkEvidence(e(), collectiveId, codingId, criterion),
    'collectives.setEvidenceCriterion': ({ collectiveId, codingId, criterion }) =>
      setEvidenceCriterion(e(), collectiveId, codingId, criterion),
    'collectives.unlinkEvidence': ({ collectiveId, codingId }) => unlinkEvidence(e(), collectiveId, codingId),
    'collectives.suggestions': ({ collectiveId }) => evidenceSuggestions(e(), collectiveId),
    'collectives.searchCodings': ({ collectiveId, query }) => searchCodings(e(), collectiveId, query),
  }
}

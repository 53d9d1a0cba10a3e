import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { RetrievalApiName } from '../../../shared/api/retrieval'
import { retrieveExcerpts } from '../retrieval/retrieve-excerpts'
import { retrievalCounts } from '../retrieval/retrieval-counts'
import { retrievalVariables } from '../retrieval/retrieval-variables'

export function retrievalHandlers(session: Session): Pick<CoreHandlers, RetrievalApiName> {
  const e = () => session.requireEngagement()
  return {
    'retrieval.excerpts': (input) => retrieveExcerpts(e(), input),
    'retrieval.counts': ({ query }) => retrievalCounts(e(), query),
    'retrieval.variables': () => retrievalVariables(e()),
  }
}

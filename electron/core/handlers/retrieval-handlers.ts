import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { exportRetrievedExcerpts } from '../deliverables/workbook/retrieved-excerpts'
import type { RetrievalApiName } from '../../../shared/api/retrieval'
import { retrieveExcerpts } from '../retrieval/retrieve-excerpts'
import { retrievalCounts } from '../retrieval/retrieval-counts'
import { retrievalVariables } from '../retrieval/retrieval-variables'

export function retrievalHandlers(
  session: Session,
): Pick<CoreHandlers, Exclude<RetrievalApiName, 'files.chooseExcerptsExportPath'>> {
  const e = () => session.requireEngagement()
  return {
    'retrieval.excerpts': (input) => retrieveExcerpts(e(), input),
    'retrieval.counts': ({ query }) => retrievalCounts(e(), query),
    'retrieval.variables': () => retrievalVariables(e()),
    'retrieval.export': (input, ctx) => exportRetrievedExcerpts(e(), input, jobOf(ctx)),
  }
}

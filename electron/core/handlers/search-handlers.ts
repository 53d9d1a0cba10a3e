import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import type { SearchApiName } from '../../../shared/api/search'
import { searchDocuments } from '../search/search-documents'
import { codeSearchHits } from '../search/code-hits'
import { applyAutocode, previewAutocode } from '../search/autocode'

export function searchHandlers(session: Session): Pick<CoreHandlers, SearchApiName> {
  const e = () => session.requireEngagement()
  return {
    'search.run': (input) => searchDocuments(e(), input),
    'search.codeHits': (input, ctx) => codeSearchHits(e(), input, jobOf(ctx)),
    'autocode.preview': (input) => previewAutocode(e(), input),
    'autocode.apply': (input, ctx) => applyAutocode(e(), input, jobOf(ctx)),
  }
}

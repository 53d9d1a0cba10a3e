import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { CodingApiName } from '../../../shared/api/coding'
import { applyCoding } from '../coding/apply-coding'
import { clearReview, removeCodings, updateCoding, updateCodings } from '../coding/change-codings'
import { codingDocument, codingDocuments } from '../coding/coding-documents'
import { editDocument } from '../coding/edit-document'

export function codingHandlers(session: Session): Pick<CoreHandlers, CodingApiName> {
  const e = () => session.requireEngagement()
  const step = (entry: ReturnType<ReturnType<typeof e>['history']['undo']>) => ({
    label: entry.label,
    documentIds: entry.documentIds,
    state: e().history.state(),
  })
  return {
    'coding.documents': () => codingDocuments(e()),
    'coding.document': ({ documentId }) => codingDocument(e(), documentId),
    'coding.coders': () => e().coders.list(),
    'codings.apply': (input) => applyCoding(e(), input),
    'codings.update': ({ codingId, patch }) => updateCoding(e(), codingId, patch),
    'codings.updateMany': ({ codingIds, patch }) => updateCodings(e(), codingIds, patch),
    'codings.clearReview': ({ codingId }) => clearReview(e(), codingId),
    'codings.remove': ({ codingIds }) => removeCodings(e(), codingIds),
    'codings.undo': () => step(e().history.undo()),
    'codings.redo': () => step(e().history.redo()),
    'codings.history': () => e().history.state(),
    'documents.edit': ({ documentId, changes }) => editDocument(e(), documentId, changes),
  }
}

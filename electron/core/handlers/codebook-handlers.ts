import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { CodebookApiName } from '../../../shared/api/codebook'
import { createCode } from '../codebook/create-code'
import { updateCode } from '../codebook/update-code'
import { moveCode } from '../codebook/move-code'
import { mergeCodes } from '../codebook/merge-codes'
import { deleteCode, deleteImpact } from '../codebook/delete-code'
import { createFamily, updateFamily } from '../codebook/edit-families'
import { fixedKeyCodeIds } from '../codebook/codebook-rules'

export function codebookHandlers(session: Session): Pick<CoreHandlers, CodebookApiName> {
  const e = () => session.requireEngagement()
  return {
    'codebook.fixedKeys': () => fixedKeyCodeIds(e()),
    'codebook.createCode': (input) => createCode(e(), input),
    'codebook.updateCode': (input) => updateCode(e(), input),
    'codebook.moveCode': (input) => moveCode(e(), input),
    'codebook.mergeCodes': ({ sourceId, targetId }) => mergeCodes(e(), sourceId, targetId),
    'codebook.deleteImpact': ({ codeId }) => deleteImpact(e(), codeId),
    'codebook.deleteCode': ({ codeId }) => deleteCode(e(), codeId),
    'codebook.createFamily': (input) => createFamily(e(), input),
    'codebook.updateFamily': ({ familyId, ...patch }) => updateFamily(e(), familyId, patch),
  }
}

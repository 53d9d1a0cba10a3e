import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { exportCodebook } from '../codebook-transfer/export-codebook'
import { importCodebook } from '../codebook-transfer/import-codebook'

type CodebookTransferHandlers = Pick<CoreHandlers, 'codebook.export' | 'codebook.import'>

export function codebookTransferHandlers(session: Session): CodebookTransferHandlers {
  return {
    'codebook.export': ({ path, format }) =>
      exportCodebook(session.requireEngagement(), path, format, `Terrain ${session.options.appVersion}`),
    'codebook.import': ({ path }) => importCodebook(session.requireEngagement(), path),
  }
}

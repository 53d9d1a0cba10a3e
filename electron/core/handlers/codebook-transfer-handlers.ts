import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { exportCodebook } from '../codebook-transfer/export-codebook'
import { importCodebook } from '../codebook-transfer/import-codebook'

type CodebookTransferHandlers = Pick<CoreHandlers, 'codebook.export' | 'codebook.import'>

export function codebookTransferHandlers(session: Session): CodebookTransferHandlers {
  return {
    'codebook.export': ({ path, format }, ctx) =>
      exportCodebook(session.requireEngagement(), path, format, `Terrain ${session.options.appVersion}`, jobOf(ctx)),
    'codebook.import': ({ path }, ctx) => importCodebook(session.requireEngagement(), path, jobOf(ctx)),
  }
}

import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { importCodings } from '../import/import-codings'

type ImportHandlers = Pick<CoreHandlers, 'import.codings'>

export function importHandlers(session: Session): ImportHandlers {
  return {
    'import.codings': ({ path }, ctx) =>
      importCodings(session.requireEngagement(), path, { onProgress: (done, total) => jobOf(ctx).step(done, total) }),
  }
}

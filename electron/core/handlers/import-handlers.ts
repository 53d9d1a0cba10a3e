import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { importCodings } from '../import/import-codings'

type ImportHandlers = Pick<CoreHandlers, 'import.codings'>

export function importHandlers(session: Session): ImportHandlers {
  return {
    'import.codings': ({ path }, ctx) => {
      const jobId = `import-${Date.now()}`
      return importCodings(session.requireEngagement(), path, {
        onProgress: (done, total) =>
          ctx.emit('job.progress', { jobId, kind: 'import', done, total, finished: done === total }),
      })
    },
  }
}

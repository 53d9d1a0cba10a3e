import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { exportQdpx } from '../refi-qda/export-qdpx'

export function refiQdaHandlers(session: Session): Pick<CoreHandlers, 'refi.exportProject'> {
  return {
    'refi.exportProject': ({ path }, ctx) => {
      const { warnings: _names, ...summary } = exportQdpx(session.requireEngagement(), path, {
        origin: `Terrain ${session.options.appVersion}`,
        allowNames: false,
        job: jobOf(ctx),
      })
      return summary
    },
  }
}

import { randomUUID } from 'node:crypto'
import type { QdpxImportReport } from '../../../shared/api/refi-qda'
import { fail } from '../../../shared/domain/terrain-error'
import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { exportQdpx, projectNameWarnings } from '../refi-qda/export-qdpx'
import { importQdpx, inspectQdpx } from '../refi-qda/import/import-qdpx'
import { summarise } from '../engagement/summary'

type RefiHandlers = Pick<
  CoreHandlers,
  'refi.exportProject' | 'refi.projectNames' | 'refi.inspectProject' | 'refi.importProject'
>

export function refiQdaHandlers(session: Session): RefiHandlers {
  // The projects read, by the id the import names them by: the file was granted for reading then.
  const inspected = new Map<string, string>()
  return {
    'refi.projectNames': () => projectNameWarnings(session.requireEngagement()),
    'refi.exportProject': ({ path, allowNames }, ctx) => {
      const { warnings: _names, ...summary } = exportQdpx(session.requireEngagement(), path, {
        origin: `Terrain ${session.options.appVersion}`,
        allowNames,
        job: jobOf(ctx),
      })
      return summary
    },
    'refi.inspectProject': ({ path, language }) => {
      const overview = inspectQdpx(path, language)
      const projectId = randomUUID()
      inspected.set(projectId, path)
      return { projectId, ...overview }
    },
    'refi.importProject': (i, ctx) => {
      const source =
        inspected.get(i.projectId) ?? fail('NOT_FOUND', 'That project was not read in this session. Choose it again.')
      let report: QdpxImportReport | null = null
      const e = session.createWith(
        () => {
          const done = importQdpx(i.path, source, {
            language: i.language,
            groupVariable: i.groupVariable,
            passphrase: i.passphrase,
            job: jobOf(ctx),
          })
          report = done.report
          return done.engagement
        },
        i.passphrase,
        i.remember,
      )
      return { engagement: summarise(e), report: report! }
    },
  }
}

import { randomUUID } from 'node:crypto'
import { fail } from '../../../shared/domain/terrain-error'
import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { mergeEngagementFile } from '../merge/merge-engagements'
import { conflictView } from '../merge/conflict-view'
import { writeCodingPackage } from '../merge/coding-package'
import { checkEngagementFile } from '../db/file-identity'

export function mergeHandlers(
  session: Session,
): Pick<CoreHandlers, 'merge.preview' | 'merge.apply' | 'merge.writePackage'> {
  // The files previewed, by the id the merge names them by: each was granted for reading then.
  const previewed = new Map<string, { path: string; passphrase?: string }>()
  return {
    'merge.preview': ({ path, passphrase }) => {
      const summary = mergeEngagementFile(session.requireEngagement(), path, { passphrase, preview: true })
      const mergeId = randomUUID()
      previewed.set(mergeId, { path, passphrase })
      return {
        mergeId,
        file: summary.source,
        base: summary.base,
        tables: summary.tables,
        conflicts: summary.conflicts.map(conflictView),
      }
    },
    'merge.writePackage': ({ path, coder, selection, passphrase, packagePassphrase }) => {
      const e = session.requireEngagement()
      if (e.encrypted) {
        if (passphrase === undefined)
          fail('ENCRYPTED', 'This engagement is encrypted: give its passphrase, which encrypts the package too.')
        checkEngagementFile(e.path, passphrase)
      }
      return writeCodingPackage(e, path, {
        coder,
        selection,
        passphrase: e.encrypted ? passphrase : undefined,
        packagePassphrase,
      })
    },
    'merge.apply': ({ mergeId, decisions }, ctx) => {
      const source =
        previewed.get(mergeId) ?? fail('NOT_FOUND', 'That file was not previewed in this session. Choose it again.')
      const summary = mergeEngagementFile(session.requireEngagement(), source.path, {
        passphrase: source.passphrase,
        decisions: new Map(decisions.map((d) => [d.id, d.side])),
        backupDir: session.backupDir,
        job: jobOf(ctx),
      })
      if (!summary.written)
        fail('CONFLICT', `${summary.conflicts.length} conflict(s) are still to settle: nothing was merged.`)
      previewed.delete(mergeId)
      return { tables: summary.tables }
    },
  }
}

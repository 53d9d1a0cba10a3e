import { checkEngagementFile } from '../db/file-identity'
import path from 'node:path'
import { openWritable, withReadOnly } from '../db/connection'
import { migrate } from '../db/migrate'
import { SCHEMA_VERSION } from '../db/migrations'
import { rotateSessionBackups, writeBackup } from '../db/backups'
import { Engagement } from './engagement'

export interface OpenOptions {
  /** Where backups go. Without it no session backup is made, and a pre-migration backup goes beside the file. */
  backupDir?: string
}

/**
 * Opens an existing engagement: a read-only identity check first (nothing is written to a file
 * that is refused), then a backup before any migration, then the writable connection.
 */
export function openEngagementFile(file: string, options: OpenOptions = {}): Engagement {
  const { schemaVersion } = checkEngagementFile(file)
  if (schemaVersion < SCHEMA_VERSION) {
    const dir = options.backupDir ?? path.dirname(path.resolve(file))
    withReadOnly(file, (ro) => writeBackup(ro, file, dir, `before-v${SCHEMA_VERSION}`))
  }
  const db = openWritable(file)
  try {
    migrate(db)
    if (options.backupDir) {
      writeBackup(db, file, options.backupDir, 'session')
      rotateSessionBackups(file, options.backupDir)
    }
  } catch (err) {
    db.close()
    throw err
  }
  return new Engagement(db, file)
}

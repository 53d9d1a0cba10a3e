import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { checkEngagementFile } from '../db/file-identity'
import { openWritable, withReadOnly } from '../db/connection'
import { migrate } from '../db/migrate'
import { SCHEMA_VERSION } from '../db/migrations'
import { removeLeftovers, rotateSessionBackups, writeBackup } from '../db/backups'
import { explainFileError } from '../db/sqlite-errors'
import { Engagement } from './engagement'

export interface OpenOptions {
  /** Where backups go. Without it no session backup is made, and a pre-migration backup goes beside the file. */
  backupDir?: string
  /** The passphrase of an encrypted engagement (ignored for a plain one). */
  passphrase?: string
  /** Every SQL statement run on the writable connection (TERRAIN_TRACE_SQL, and the reads test). */
  traceSql?: (sql: string) => void
}

export type OpenWarning = 'BACKUP_FAILED'

/**
 * Opens an existing engagement: a read-only identity check first (nothing is written to a file
 * that is refused), then a backup before any migration (mandatory), then the writable connection
 * and a rotating session backup (a failed one is reported, not fatal: the work comes first).
 */
export function openEngagementFile(file: string, options: OpenOptions = {}): Engagement {
  const { schemaVersion, encrypted } = checkEngagementFile(file, options.passphrase)
  // A plain file is opened plain whatever was given; an encrypted one with its passphrase.
  const passphrase = encrypted ? options.passphrase : undefined
  if (schemaVersion < SCHEMA_VERSION) {
    const dir = options.backupDir ?? path.dirname(path.resolve(file))
    // VACUUM INTO writes the copy with the connection's key: a backup is encrypted like its engagement.
    withReadOnly(file, (ro) => writeBackup(ro, file, dir, `before-v${SCHEMA_VERSION}`), passphrase)
  }
  let db: Database.Database
  try {
    db = openWritable(file, { passphrase, traceSql: options.traceSql })
  } catch (e) {
    return explainFileError(e, file)
  }
  try {
    migrate(db)
  } catch (err) {
    db.close()
    throw err
  }
  const warnings: OpenWarning[] = []
  try {
    removeLeftovers(file, options.backupDir)
  } catch {
    // Tidying is not worth failing an open for.
  }
  if (options.backupDir) {
    try {
      writeBackup(db, file, options.backupDir, 'session')
      rotateSessionBackups(file, options.backupDir)
    } catch {
      warnings.push('BACKUP_FAILED')
    }
  }
  return new Engagement(db, file, warnings, encrypted)
}

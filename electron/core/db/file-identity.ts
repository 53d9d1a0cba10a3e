import type Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import { fail, TerrainError } from '../../../shared/domain/terrain-error'
import { explainFileError } from './sqlite-errors'
import { SCHEMA_VERSION } from './migrations'
import { withReadOnly } from './connection'
import { mayBeEncrypted, SQLITE_MAGIC } from './cipher'

/** PRAGMA application_id of every engagement file: "TRRN". */
export const APPLICATION_ID = 0x5452524e

export interface FileIdentity {
  schemaVersion: number
  /** Whether the file is encrypted (and was opened with its passphrase). */
  encrypted: boolean
}

/**
 * Reads a file read-only, with no pragma that writes, and refuses anything that is not an
 * engagement this version can open. The file is not changed by a refusal (tests check the bytes).
 */
export function checkEngagementFile(path: string, passphrase?: string): FileIdentity {
  let stat: fs.Stats
  try {
    stat = fs.statSync(path)
  } catch {
    fail('FILE_MISSING', `${path} does not exist. Use New to create an engagement.`, path)
  }
  if (!stat.isFile()) fail('NOT_AN_ENGAGEMENT', `${path} is not a file.`, path)
  if (stat.size === 0) fail('NOT_AN_ENGAGEMENT', `${path} is empty: it is not a Terrain engagement.`, path)
  try {
    if (startsWithSqliteHeader(path)) return { ...withReadOnly(path, (db) => readIdentity(db, path)), encrypted: false }
    if (passphrase === undefined) {
      if (mayBeEncrypted(stat.size))
        fail(
          'ENCRYPTED',
          `${path} is encrypted, or it is not a Terrain engagement. If it is an encrypted engagement, give its passphrase.`,
          path,
        )
      fail('NOT_AN_ENGAGEMENT', `${path} is not a Terrain engagement (not an SQLite database).`, path)
    }
    return { ...withReadOnly(path, (db) => readIdentity(db, path, true), passphrase), encrypted: true }
  } catch (e) {
    if (e instanceof TerrainError) throw e
    // Without the right key every page reads as noise: SQLite cannot tell a wrong passphrase from a foreign file.
    if (passphrase !== undefined && isNotADatabase(e)) {
      fail(
        'WRONG_PASSPHRASE',
        `The passphrase does not open ${path}: it is wrong, or the file is not a Terrain engagement.`,
        path,
      )
    }
    // A permission problem or a busy file is not damage: say which it is.
    return explainFileError(e, path)
  }
}

function isNotADatabase(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'SQLITE_NOTADB'
}

function readIdentity(db: Database.Database, path: string, encrypted = false): Omit<FileIdentity, 'encrypted'> {
  const appId = db.pragma('application_id', { simple: true }) as number
  if (appId !== APPLICATION_ID) {
    const what = encrypted ? 'an encrypted SQLite database' : 'an SQLite database'
    fail('NOT_AN_ENGAGEMENT', `${path} is ${what} of another application, not a Terrain engagement.`, path)
  }
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    fail(
      'FROM_NEWER_VERSION',
      `${path} was written by a newer Terrain (schema ${version}; this one knows ${SCHEMA_VERSION}). Update Terrain to open it.`,
    )
  }
  const problems = (db.pragma('quick_check') as { quick_check: string }[])
    .flatMap((r) => r.quick_check.split('\n'))
    .filter((line) => line.trim() !== '' && !line.startsWith('*** in database'))
  if (problems.length !== 1 || problems[0] !== 'ok') {
    // One line: SQLite's first finding, how many more, and what to do.
    const more = problems.length - 1
    fail(
      'CORRUPT_FILE',
      `${path} is damaged (${problems[0] ?? 'unreadable'}${more > 0 ? `, and ${more} more problem${more === 1 ? '' : 's'}` : ''}). Open one of its backups instead.`,
      path,
    )
  }
  return { schemaVersion: version }
}

/**
 * Whether opening this file will need a passphrase: a file of whole pages that is not plain SQLite.
 * Only the first bytes and the size are read; the identity check proper comes after.
 */
export function mayNeedPassphrase(path: string): boolean {
  const stat = fs.statSync(path, { throwIfNoEntry: false })
  if (!stat?.isFile() || !mayBeEncrypted(stat.size)) return false
  try {
    return !startsWithSqliteHeader(path)
  } catch {
    return false // unreadable: the identity check says why
  }
}

function startsWithSqliteHeader(path: string): boolean {
  const fd = fs.openSync(path, 'r')
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length)
    const n = fs.readSync(fd, head, 0, head.length, 0)
    return n === head.length && head.equals(SQLITE_MAGIC)
  } finally {
    fs.closeSync(fd)
  }
}

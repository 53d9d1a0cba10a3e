import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { fail, TerrainError } from '../../../shared/domain/terrain-error'
import { openBare, openWritable } from './connection'
import { rekey, unlock } from './cipher'
import { explainFileError } from './sqlite-errors'

/** A passphrase to encrypt with, or null for a plain file. */
export type Target = string | null

/**
 * Writes an engagement anew under another key (encrypt, decrypt or change the passphrase): a
 * copy is made while the file is held exclusively, re-keyed, checked, and renamed over the file
 * in one step. A crash at any point leaves either the old file or the new one, whole; the
 * temporary copy (already under the old key, or the new one) is removed on the next open.
 */
export function reencryptFile(file: string, from: string | undefined, to: Target): void {
  const real = fs.realpathSync(file)
  const copy = `${real}.rekey-${process.pid}.partial`
  removeWithSidecars(copy)
  let source: Database.Database | undefined
  try {
    source = holdAlone(real, from)
    // VACUUM INTO writes with the source's key: the copy is never plain unless the source is.
    source.prepare('VACUUM INTO ?').run(copy)
    rekeyCopy(copy, from, to)
    source.close()
    if ((fs.statSync(`${real}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0)
      fail('FILE_IN_USE', `${real} was opened by another program meanwhile. Close it there and try again.`, real)
    fs.renameSync(copy, real)
    syncFolderOf(real)
  } catch (e) {
    source?.close()
    removeWithSidecars(copy)
    if (e instanceof TerrainError) throw e
    return explainFileError(e, real)
  }
}

/** A writer that holds the file exclusively: no other program writes while it is copied. */
function holdAlone(file: string, passphrase: string | undefined): Database.Database {
  const db = openWritable(file, { passphrase })
  db.pragma('busy_timeout = 0')
  db.pragma('locking_mode = EXCLUSIVE')
  try {
    db.exec('BEGIN EXCLUSIVE; COMMIT')
  } catch (e) {
    db.close()
    if (e instanceof Error && 'code' in e && /^SQLITE_BUSY/.test(String(e.code)))
      fail('FILE_IN_USE', `${file} is in use by another program. Close it there and try again.`, file)
    throw e
  }
  return db
}

/**
 * Re-keys a closed copy that no one else has open (a partial file not yet moved into place), then
 * checks it and flushes it to disk.
 */
export function rekeyCopy(copy: string, from: string | undefined, to: Target): void {
  const db = openBare(copy)
  try {
    unlock(db, from)
    // Re-keying needs rollback-journal mode (a VACUUM INTO copy has it); the engagement is WAL again after.
    db.pragma('journal_mode = DELETE')
    rekey(db, to)
    db.pragma('journal_mode = WAL')
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`the re-encrypted copy failed its check (${String(check)})`)
  } finally {
    db.close()
  }
  const fd = fs.openSync(copy, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

function syncFolderOf(file: string): void {
  try {
    const fd = fs.openSync(path.dirname(file), 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
  } catch {
    // Not every platform lets a folder be synced (Windows); the rename itself is atomic.
  }
}

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true })
}

import Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unlock } from './cipher'

/** Where the Electron build of better-sqlite3 lives; unset under Node (tests, CLI). */
let nativeBinding: string | undefined
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path
}

const binding = (): { nativeBinding?: string } => (nativeBinding ? { nativeBinding } : {})

/** A bare connection to an existing file, no pragma at all: for re-keying a copy nobody else holds. */
export function openBare(path: string): Database.Database {
  return new Database(path, { fileMustExist: true, ...binding() })
}

/** A read-only connection with no pragma that writes: nothing reaches the file. */
export function openReadOnly(path: string, passphrase?: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...binding() })
  try {
    unlock(db, passphrase)
    // Sorting and temporary indexes stay in memory: nothing of the file leaves it in the clear.
    db.pragma('temp_store = MEMORY')
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

/**
 * Runs `read` on a read-only connection and leaves the folder as it was: reading a WAL-mode file
 * creates -wal and -shm files that a read-only connection cannot remove. Those it created are
 * removed again, the -wal only while still empty (a writer that opened the file meanwhile would
 * have written to it). A file reached through a symbolic link is read where it lies, so that
 * the files to tidy are found. In a folder nobody may write to (a read-only share, a locked USB
 * stick) SQLite cannot create the -shm a WAL file needs: the file is read from a private copy.
 */
export function withReadOnly<T>(file: string, read: (db: Database.Database) => T, passphrase?: string): T {
  const real = realFile(file)
  try {
    return readInPlace(real, read, passphrase)
  } catch (e) {
    if (!cannotReadInFolder(e, real)) throw e
    return readFromCopy(real, read, passphrase)
  }
}

function readInPlace<T>(path: string, read: (db: Database.Database) => T, passphrase?: string): T {
  const wal = `${path}-wal`
  const shm = `${path}-shm`
  const had = { wal: fs.existsSync(wal), shm: fs.existsSync(shm) }
  let db: Database.Database | undefined
  try {
    db = openReadOnly(path, passphrase)
    return read(db)
  } finally {
    db?.close()
    // A -shm is only an index of the -wal, rebuilt by whoever opens the file next.
    if (!had.shm) rmQuietly(shm)
    if (!had.wal && (fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0) === 0) rmQuietly(wal)
  }
}

/** SQLite's refusal to read a WAL file whose folder it may not write to. */
function cannotReadInFolder(e: unknown, file: string): boolean {
  const code = e instanceof Error && 'code' in e ? String(e.code) : ''
  if (!/^(SQLITE_READONLY|SQLITE_CANTOPEN)/.test(code)) return false
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK)
    return false
  } catch {
    return true
  }
}

/** Reads a copy in a folder of this user's alone; an encrypted engagement's copy is as encrypted. */
function readFromCopy<T>(file: string, read: (db: Database.Database) => T, passphrase?: string): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-read-'))
  try {
    const copy = path.join(dir, path.basename(file))
    fs.copyFileSync(file, copy)
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`)
    return readInPlace(copy, read, passphrase)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The file itself, not a symbolic link to it (SQLite puts -wal and -shm beside the target). */
export function realFile(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}

function rmQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // A read-only folder keeps what it has; nothing was created there anyway.
  }
}

/** A writable connection with the pragmas every engagement needs. */
export function openWritable(
  path: string,
  options: { create?: boolean; passphrase?: string; traceSql?: (sql: string) => void } = {},
): Database.Database {
  const db = new Database(path, {
    fileMustExist: !options.create,
    ...binding(),
    ...(options.traceSql ? { verbose: (sql: unknown) => options.traceSql!(String(sql)) } : {}),
  })
  try {
    unlock(db, options.passphrase)
    configure(db)
    return db
  } catch (e) {
    db.close()
    throw e
  }
}

function configure(db: Database.Database): void {
  db.pragma('temp_store = MEMORY')
  db.pragma('journal_mode = WAL')
  // Laptops lose power mid-interview: every commit reaches the disk.
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

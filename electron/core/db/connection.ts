import Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'

/** Where the Electron build of better-sqlite3 lives; unset under Node (tests, CLI). */
let nativeBinding: string | undefined
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path
}

const binding = (): { nativeBinding?: string } => (nativeBinding ? { nativeBinding } : {})

/** A read-only connection with no pragma at all: it writes nothing to the file. */
export function openReadOnly(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true, ...binding() })
}

/**
 * Runs `read` on a read-only connection and leaves the folder as it was: reading a WAL-mode file
 * creates -wal and -shm files that a read-only connection cannot remove. Those it created are
 * removed again, the -wal only while still empty (a writer that opened the file meanwhile would
 * have written to it).
 */
export function withReadOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const wal = `${path}-wal`
  const shm = `${path}-shm`
  const had = { wal: fs.existsSync(wal), shm: fs.existsSync(shm) }
  let db: Database.Database | undefined
  try {
    db = openReadOnly(path)
    return read(db)
  } finally {
    db?.close()
    // A -shm is only an index of the -wal, rebuilt by whoever opens the file next.
    if (!had.shm) fs.rmSync(shm, { force: true })
    if (!had.wal && (fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0) === 0) fs.rmSync(wal, { force: true })
  }
}

/** A writable connection with the pragmas every engagement needs. */
export function openWritable(path: string, options: { create?: boolean } = {}): Database.Database {
  const db = new Database(path, { fileMustExist: !options.create, ...binding() })
  db.pragma('journal_mode = WAL')
  // Laptops lose power mid-interview: every commit reaches the disk.
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}

import Database from 'better-sqlite3'
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
 * creates -wal and -shm files that a read-only connection cannot remove. They are removed only
 * when they did not exist before (then no other connection was using them and they hold nothing).
 */
export function withReadOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const sidecars = [`${path}-wal`, `${path}-shm`]
  const hadSidecars = sidecars.some((f) => fs.existsSync(f))
  let db: Database.Database | undefined
  try {
    db = openReadOnly(path)
    return read(db)
  } finally {
    db?.close()
    if (!hadSidecars) for (const f of sidecars) fs.rmSync(f, { force: true })
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

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { checkEngagementFile } from '../db/file-identity'
import { openReadOnly, openWritable, withReadOnly } from '../db/connection'
import { migrate } from '../db/migrate'
import { SCHEMA_VERSION } from '../db/migrations'

/**
 * Opens the file to merge from, never changing it: read-only when it is of this version; else a
 * private copy brought to this version (a colleague's file made by an older Terrain). Each file
 * is opened with its own passphrase. `use` reads it; the copy is removed after.
 */
export function withMergeSource<T>(file: string, passphrase: string | undefined, use: (db: Database) => T): T {
  const { schemaVersion, encrypted } = checkEngagementFile(file, passphrase)
  const key = encrypted ? passphrase : undefined
  if (schemaVersion === SCHEMA_VERSION) {
    const db = openReadOnly(file, key)
    try {
      return use(db)
    } finally {
      db.close()
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-merge-'))
  const copy = path.join(dir, 'source.terrain')
  try {
    withReadOnly(file, (ro) => ro.prepare('VACUUM INTO ?').run(copy), key)
    const db = openWritable(copy, { passphrase: key })
    try {
      migrate(db)
      return use(db)
    } finally {
      db.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

import type { Database } from 'better-sqlite3-multiple-ciphers'
import { fail } from '../../../shared/domain/terrain-error'
import { MIGRATIONS } from './migrations'
import { APPLICATION_ID } from './file-identity'

type Migration = (db: Database) => void

/**
 * Applies the missing migrations in one transaction (the caller made a backup first). Foreign keys
 * are off meanwhile, so that a migration that rebuilds a table cannot cascade deletions, and are
 * checked before the commit.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const latest = migrations.length
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > latest) {
    fail('FROM_NEWER_VERSION', `This file has schema ${from}; this Terrain knows ${latest}. Update Terrain to open it.`)
  }
  if (from === latest) return { from, to: from }
  const keys = db.pragma('foreign_keys', { simple: true }) as number
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      for (let v = from; v < latest; v++) migrations[v]!(db)
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) throw new Error(`Migration to ${latest} left ${broken.length} broken references.`)
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.pragma(`user_version = ${latest}`)
    })()
  } finally {
    db.pragma(`foreign_keys = ${keys ? 'ON' : 'OFF'}`)
  }
  return { from, to: latest }
}

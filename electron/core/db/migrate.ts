import type { Database } from 'better-sqlite3'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations'
import { APPLICATION_ID } from './file-identity'

/** Applies the missing migrations in one transaction; the caller made a backup first. */
export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from === SCHEMA_VERSION) return { from, to: from }
  db.transaction(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
  return { from, to: SCHEMA_VERSION }
}

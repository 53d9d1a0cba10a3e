import fs from 'node:fs'
import path from 'node:path'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { fail, TerrainError } from '../../../shared/domain/terrain-error'
import { now } from '../db/clock'
import { openWritable } from '../db/connection'
import { rekeyCopy } from '../db/re-encrypt'
import type { Engagement } from '../engagement/engagement'
import { partFrom, replicaOf } from './merge-base'

/**
 * A copy of the engagement that a colleague takes away (the ground of a coding package): a file of
 * its own, which remembers when it parted from this one, so that merging it back tells a change
 * made there from one made here. Written under a temporary name and moved into place; encrypted
 * like its origin, or under a passphrase of its own.
 */
export function writePartedCopy(
  e: Engagement,
  out: string,
  passphrase?: string,
  /** Shapes the copy before it is moved into place (a package keeps only what its coder needs). */
  shape?: (db: Database) => void,
  /** A passphrase of the copy's own (the colleague's), instead of its origin's. */
  ownPassphrase?: string,
): string {
  const target = path.resolve(out)
  if (!/\.terrain$/i.test(target)) fail('INVALID_INPUT', `${target} must end in .terrain.`, target)
  if (fs.existsSync(target)) fail('FILE_EXISTS', `${target} already exists. Choose another name.`, target)
  if (!fs.existsSync(path.dirname(target)))
    fail('FILE_MISSING', `The folder ${path.dirname(target)} does not exist. Choose another one.`, path.dirname(target))
  const partial = `${target}.partial-${process.pid}`
  try {
    e.db.prepare('VACUUM INTO ?').run(partial)
    const db = openWritable(partial, { passphrase })
    try {
      partFrom(db, replicaOf(e.db).id, now())
      shape?.(db)
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
    if (ownPassphrase !== undefined) rekeyCopy(partial, passphrase, ownPassphrase)
    fs.linkSync(partial, target)
  } catch (err) {
    if (err instanceof TerrainError) throw err
    fail(
      'FILE_NOT_WRITABLE',
      `${target} cannot be written (${err instanceof Error ? err.message : String(err)}). Choose another folder.`,
      target,
    )
  } finally {
    // A re-keying in rollback-journal mode may leave a journal of the old pages: it goes too.
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(f, { force: true })
  }
  return target
}

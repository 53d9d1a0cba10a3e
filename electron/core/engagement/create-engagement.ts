import fs from 'node:fs'
import path from 'node:path'
import type { Language } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId } from '../db/clock'
import { openWritable } from '../db/connection'
import { migrate } from '../db/migrate'
import { loadCodebook } from '../codebook/default-codebook'
import { loadGuides } from '../guides/default-guides'
import { Engagement } from './engagement'
import { explainFileError } from '../db/sqlite-errors'

export interface NewEngagement {
  language: Language
  client?: string
  title?: string
  /** Encrypts the new file from its first page: nothing of it is ever written in the clear. */
  passphrase?: string
  /** Without the default codebook and guides: a project import brings its own. */
  empty?: boolean
}

/**
 * Creates a new engagement with the default codebook and guides (unless `empty`). It is built under a temporary
 * name and moved into place at the end, so a failure leaves no half-made file behind.
 * `fill` runs inside the same construction (the demo uses it).
 */
export function createEngagementFile(file: string, init: NewEngagement, fill?: (e: Engagement) => void): Engagement {
  const target = path.resolve(file)
  if (fs.existsSync(target))
    fail('FILE_EXISTS', `${target} already exists. Choose another name, or open it instead.`, target)
  // A journal left by an earlier file of the same name would be replayed over the new one.
  for (const sidecar of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) {
    if (fs.existsSync(sidecar)) {
      fail('FILE_EXISTS', `${sidecar} is left from an earlier file of this name. Choose another name.`, sidecar)
    }
  }
  if (!/\.terrain$/i.test(target)) fail('INVALID_INPUT', `${target} must end in .terrain.`, target)
  if (!fs.existsSync(path.dirname(target)))
    fail('FILE_MISSING', `The folder ${path.dirname(target)} does not exist.`, path.dirname(target))
  const partial = `${target}.partial-${process.pid}`
  let e: Engagement | undefined
  try {
    const db = openWritable(partial, { create: true, passphrase: init.passphrase })
    migrate(db)
    e = new Engagement(db, partial, [], init.passphrase !== undefined)
    const engagement = e
    engagement.transaction(() => {
      engagement.info.init({ id: newId(), client: init.client ?? '', title: init.title ?? '', language: init.language })
      if (!init.empty) {
        loadCodebook(engagement)
        loadGuides(engagement)
      }
      fill?.(engagement)
    })
    // Fold the WAL into the file so that the rename moves one complete file.
    db.pragma('wal_checkpoint(TRUNCATE)')
    e.close()
    // link() fails if the name was taken meanwhile; rename() would silently replace that file.
    fs.linkSync(partial, target)
    fs.rmSync(partial)
  } catch (err) {
    e?.close()
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true })
    if (err instanceof Error && 'code' in err && err.code === 'EEXIST') {
      fail('FILE_EXISTS', `${target} was created by something else meanwhile. Choose another name.`, target)
    }
    if (err instanceof Error && 'code' in err && /^(EACCES|EPERM|EROFS)/.test(String(err.code)))
      explainFileError(err, target)
    throw err
  }
  return new Engagement(
    openWritable(target, { passphrase: init.passphrase }),
    target,
    [],
    init.passphrase !== undefined,
  )
}

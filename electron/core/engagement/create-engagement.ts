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

export interface NewEngagement {
  language: Language
  client?: string
  title?: string
}

/**
 * Creates a new engagement with the default codebook and guides. It is built under a temporary
 * name and renamed into place at the end, so a failure leaves no half-made file behind.
 * `fill` runs inside the same construction (the demo uses it).
 */
export function createEngagementFile(file: string, init: NewEngagement, fill?: (e: Engagement) => void): Engagement {
  const target = path.resolve(file)
  if (fs.existsSync(target))
    fail('FILE_EXISTS', `${target} already exists. Choose another name, or open it instead.`, target)
  if (!fs.existsSync(path.dirname(target)))
    fail('FILE_MISSING', `The folder ${path.dirname(target)} does not exist.`, path.dirname(target))
  const partial = `${target}.partial-${process.pid}`
  let e: Engagement | undefined
  try {
    const db = openWritable(partial, { create: true })
    migrate(db)
    e = new Engagement(db, partial)
    const engagement = e
    engagement.transaction(() => {
      engagement.info.init({ id: newId(), client: init.client ?? '', title: init.title ?? '', language: init.language })
      loadCodebook(engagement)
      loadGuides(engagement)
      fill?.(engagement)
    })
    // Fold the WAL into the file so that the rename moves one complete file.
    db.pragma('wal_checkpoint(TRUNCATE)')
    e.close()
    fs.renameSync(partial, target)
  } catch (err) {
    e?.close()
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true })
    throw err
  }
  return new Engagement(openWritable(target), target)
}

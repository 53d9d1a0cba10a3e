import type { Database } from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'

/** Why a backup was written: a session's start, a migration, a merge into the file. */
export type BackupKind = 'session' | `before-v${number}` | 'before-merge'

/** Session backups kept per engagement; older ones are removed on open. */
export const KEPT_SESSION_BACKUPS = 5

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-')
}

/** Backups of two files of the same name in different folders must not mix. */
function backupPrefix(file: string): string {
  const base = path.basename(file).replace(/\.terrain$/i, '')
  const where = createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 8)
  return `${base}-${where}.`
}

function backupName(file: string, kind: BackupKind): string {
  return `${backupPrefix(file)}${kind}.${stamp()}.terrain`
}

/**
 * A consistent copy through SQLite itself (VACUUM INTO reads through the WAL, so a copy of a file
 * whose last writes sit in the WAL is whole), written to a temporary name and then renamed.
 */
export function writeBackup(db: Database, file: string, dir: string, kind: BackupKind): string {
  fs.mkdirSync(dir, { recursive: true })
  const target = path.join(dir, backupName(file, kind))
  const partial = `${target}.partial`
  fs.rmSync(partial, { force: true })
  db.prepare('VACUUM INTO ?').run(partial)
  fs.renameSync(partial, target)
  return target
}

/** Keeps the newest session backups of this file and removes the others. */
export function rotateSessionBackups(file: string, dir: string, keep = KEPT_SESSION_BACKUPS): void {
  const prefix = `${backupPrefix(file)}session.`
  const mine = fs
    .readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && n.endsWith('.terrain'))
    .sort()
  for (const old of mine.slice(0, Math.max(0, mine.length - keep))) fs.rmSync(path.join(dir, old), { force: true })
}

export function listBackups(file: string, dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  const prefix = backupPrefix(file)
  return fs
    .readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && n.endsWith('.terrain'))
    .sort()
    .map((n) => path.join(dir, n))
}

/**
 * Removes what a crash left half-written: a backup's `.partial` copy and its journal (VACUUM INTO
 * interrupted), and the engagement's own re-encryption copy. Run on open, when nothing of this
 * file is being written.
 */
export function removeLeftovers(file: string, dir: string | undefined): void {
  const partial = /\.partial(-journal|-wal|-shm)?$/
  if (dir && fs.existsSync(dir)) {
    const prefix = backupPrefix(file)
    for (const n of fs.readdirSync(dir))
      if (n.startsWith(prefix) && partial.test(n)) fs.rmSync(path.join(dir, n), { force: true })
  }
  const folder = path.dirname(file)
  const rekey = `${path.basename(file)}.rekey-`
  for (const n of fs.readdirSync(folder))
    if (n.startsWith(rekey) && partial.test(n)) fs.rmSync(path.join(folder, n), { force: true })
}

import fs from 'node:fs'
import path from 'node:path'
import type { Language } from '../../shared/domain/groups'
import { fail, TerrainError, type ErrorCode } from '../../shared/domain/terrain-error'

const REBUILD_DEMO_ON: ErrorCode[] = ['NOT_AN_ENGAGEMENT', 'CORRUPT_FILE', 'FROM_NEWER_VERSION']
import type { Engagement } from './engagement/engagement'
import { createEngagementFile, type NewEngagement } from './engagement/create-engagement'
import { openEngagementFile } from './engagement/open-engagement'
import { RecentEngagements } from './engagement/recent-engagements'
import { buildDemo, type DemoProgress } from './demo/build-demo'
import { PassphraseKeeper, type SecretBox } from './security/passphrase-keeper'
import { reencryptFile, type Target } from './db/re-encrypt'
import { listBackups } from './db/backups'
import { checkEngagementFile } from './db/file-identity'
import { EVERYTHING } from '../../shared/api/topics'

export interface SessionOptions {
  /** The app's own folder: recent list, backups, demo engagements. */
  dataDir: string
  appVersion: string
  /** The OS keychain, where the desktop app has one; tests and the CLI remember nothing. */
  secretBox?: SecretBox
  /** Every SQL statement run on the open engagement (what a screen's read costs; the reads test). */
  traceSql?: (sql: string) => void
}

export interface Unlock {
  passphrase?: string
  /** Keep the passphrase in the OS keychain, where this computer has a real one. */
  remember?: boolean
}

/** What one window works on: at most one open engagement, and the app's own files. */
export class Session {
  private current: Engagement | null = null
  /** Counts the engagements adopted or closed: a change of it changes everything the window shows. */
  private generation = 0
  private generationSeen = 0
  readonly recent: RecentEngagements
  readonly passphrases: PassphraseKeeper

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentEngagements(options.dataDir)
    this.passphrases = new PassphraseKeeper(options.dataDir, options.secretBox ?? null)
  }

  get engagement(): Engagement | null {
    return this.current
  }

  requireEngagement(): Engagement {
    return this.current ?? fail('NO_ENGAGEMENT_OPEN', 'No engagement is open. Open or create one first.')
  }

  get backupDir(): string {
    return path.join(this.options.dataDir, 'backups')
  }

  /**
   * Opens an engagement; an encrypted one with the passphrase given, or else the one this computer
   * remembers. A remembered passphrase that no longer opens the file (changed on another computer)
   * is forgotten, and the consultant is asked.
   */
  open(file: string, unlock: Unlock = {}): Engagement {
    const remembered = unlock.passphrase === undefined ? this.passphrases.recall(file) : undefined
    let next: Engagement
    try {
      // Open the new one before closing the old: a refused file leaves the current one open.
      next = openEngagementFile(file, {
        backupDir: this.backupDir,
        passphrase: unlock.passphrase ?? remembered,
        traceSql: this.options.traceSql,
      })
    } catch (e) {
      if (remembered === undefined || !(e instanceof TerrainError) || e.code !== 'WRONG_PASSPHRASE') throw e
      this.passphrases.forget(file)
      fail('ENCRYPTED', `${file} is encrypted. Give its passphrase to open it.`, file)
    }
    if (next.encrypted && unlock.passphrase !== undefined) this.keep(next.path, unlock)
    return this.adopt(next)
  }

  create(file: string, init: NewEngagement, remember = false): Engagement {
    return this.createWith(() => createEngagementFile(file, init), init.passphrase, remember)
  }

  /** Adopts a new engagement another part of the core built (a project import), as create does. */
  createWith(build: () => Engagement, passphrase: string | undefined, remember = false): Engagement {
    const e = this.adopt(build())
    if (passphrase !== undefined) this.keep(e.path, { passphrase, remember })
    return e
  }

  /** Encrypts the open engagement and its backups. */
  encrypt(passphrase: string, remember = false): Engagement {
    const e = this.requireEngagement()
    if (e.encrypted) fail('CONFLICT', `${e.path} is already encrypted. Change its passphrase instead.`, e.path)
    return this.rewrite(undefined, passphrase, { passphrase, remember })
  }

  /** Decrypts the open engagement and its backups; the current passphrase proves who asks. */
  decrypt(current: string): Engagement {
    this.confirmPassphrase(current)
    return this.rewrite(current, null, {})
  }

  changePassphrase(current: string, next: string, remember = false): Engagement {
    this.confirmPassphrase(current)
    return this.rewrite(current, next, { passphrase: next, remember })
  }

  forgetPassphrase(): void {
    this.passphrases.forget(this.requireEngagement().path)
  }

  private confirmPassphrase(current: string): void {
    const e = this.requireEngagement()
    if (!e.encrypted) fail('CONFLICT', `${e.path} is not encrypted.`, e.path)
    checkEngagementFile(e.path, current)
  }

  /**
   * Closes the engagement, writes it anew under the new key, backups included (a backup is
   * encrypted like its engagement), and opens it again; on failure the old file is reopened as it was.
   */
  private rewrite(from: string | undefined, to: Target, unlock: Unlock): Engagement {
    const file = this.requireEngagement().path
    this.close()
    try {
      reencryptFile(file, from, to)
    } catch (err) {
      this.open(file, { passphrase: from })
      throw err
    }
    for (const backup of listBackups(file, this.backupDir)) {
      try {
        reencryptFile(backup, from, to)
      } catch {
        // A backup made under an older passphrase stays under it; it is still a whole backup.
      }
    }
    if (to === null) this.passphrases.forget(file)
    return this.open(file, { passphrase: to ?? undefined, remember: unlock.remember })
  }

  private keep(file: string, unlock: Unlock): void {
    if (unlock.remember && unlock.passphrase !== undefined) this.passphrases.remember(file, unlock.passphrase)
    else if (unlock.remember === false) this.passphrases.forget(file)
  }

  /** The demo lives in the app's folder; it is rebuilt when missing or unreadable. */
  openDemo(language: Language, onProgress?: DemoProgress): Engagement {
    const dir = path.join(this.options.dataDir, 'demo')
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `demo-${language}.terrain`)
    if (fs.existsSync(file)) {
      try {
        return this.adopt(openEngagementFile(file, { backupDir: this.backupDir }), false)
      } catch (e) {
        // Only a demo that is not readable is set aside and rebuilt; a full disk or a busy file is reported.
        if (!(e instanceof TerrainError) || !REBUILD_DEMO_ON.includes(e.code)) throw e
        const aside = `${file}.unreadable-${Date.now()}`
        for (const suffix of ['', '-wal', '-shm'])
          if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix)
      }
    }
    return this.adopt(buildDemo(file, language, onProgress), false)
  }

  close(): void {
    if (this.current) this.generation++
    this.current?.close()
    this.current = null
  }

  /**
   * What the calls since the last time asked changed: the tables written, or everything when
   * another engagement was opened, or the open one closed.
   */
  takeChanges(): string[] {
    const tables = this.current?.takeChanges() ?? []
    if (this.generation === this.generationSeen) return tables
    this.generationSeen = this.generation
    return [EVERYTHING]
  }

  private adopt(e: Engagement, remember = true): Engagement {
    this.close()
    e.info.setActor(workingConsultant(e))
    this.generation++
    e.trackChanges()
    this.current = e
    if (remember) {
      const info = e.info.get()
      this.recent.remember({ path: e.path, client: info.client, title: info.title, encrypted: e.encrypted })
    }
    return e
  }
}

/** Who works in the file: the coder of the consultant the engagement names first, else its first person coder. */
function workingConsultant(e: Engagement): string | null {
  const named = e.info
    .get()
    .consultants.find((c) => c.trim() !== '')
    ?.trim()
  const coders = e.coders.list().filter((c) => c.kind === 'person')
  return (
    (named ? coders.find((c) => c.name.toLowerCase() === named.toLowerCase()) : undefined)?.id ?? coders[0]?.id ?? null
  )
}

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

export interface SessionOptions {
  /** The app's own folder: recent list, backups, demo engagements. */
  dataDir: string
  appVersion: string
}

/** What one window works on: at most one open engagement, and the app's own files. */
export class Session {
  private current: Engagement | null = null
  readonly recent: RecentEngagements

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentEngagements(options.dataDir)
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

  open(file: string): Engagement {
    // Open the new one before closing the old: a refused file leaves the current one open.
    const next = openEngagementFile(file, { backupDir: this.backupDir })
    return this.adopt(next)
  }

  create(file: string, init: NewEngagement): Engagement {
    return this.adopt(createEngagementFile(file, init))
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
    this.current?.close()
    this.current = null
  }

  private adopt(e: Engagement, remember = true): Engagement {
    this.close()
    this.current = e
    if (remember) {
      const info = e.info.get()
      this.recent.remember({ path: e.path, client: info.client, title: info.title })
    }
    return e
  }
}

import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { RecentEngagement } from '../../../shared/api/engagement'

const MAX_RECENT = 12
const Stored = z.array(RecentEngagement.omit({ exists: true }))
type Stored = z.infer<typeof Stored>

/** The start screen's list of recently opened engagements, kept in the app's data folder. */
export class RecentEngagements {
  private readonly file: string
  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent-engagements.json')
  }

  list(): RecentEngagement[] {
    return this.read().map((r) => ({ ...r, exists: fs.existsSync(r.path) }))
  }

  remember(entry: { path: string; client: string; title: string; encrypted: boolean }): void {
    const abs = path.resolve(entry.path)
    const rest = this.read().filter((r) => r.path !== abs)
    this.write([{ ...entry, path: abs, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT))
  }

  forget(file: string): void {
    const abs = path.resolve(file)
    this.write(this.read().filter((r) => r.path !== abs))
  }

  /** A damaged list is not worth an error: the start screen shows an empty one. */
  private read(): Stored {
    try {
      return Stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')))
    } catch {
      return []
    }
  }

  private write(list: Stored): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(list, null, 2))
    fs.renameSync(tmp, this.file)
  }
}

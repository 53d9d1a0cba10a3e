import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { EngagementInfo, EngagementPatch } from '../../../shared/domain/engagement'
import type { Language } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { now } from '../db/clock'
import { readJson, writeJson } from './json-column'

interface Row {
  id: string
  client: string
  title: string
  language: Language
  start_date: string | null
  end_date: string | null
  consultants: string
  settings: string
  created_at: string
  updated_at: string
}

const toInfo = (r: Row): EngagementInfo => ({
  id: r.id,
  client: r.client,
  title: r.title,
  language: r.language,
  startDate: r.start_date,
  endDate: r.end_date,
  consultants: readJson<string[]>(r.consultants, []),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function engagementInfoRepository(db: Database) {
  const select = db.prepare<[], Row>('SELECT * FROM engagement')
  const row = (): Row => select.get() ?? fail('CORRUPT_FILE', 'This engagement file has no engagement record.')
  return {
    init(i: { id: string; client: string; title: string; language: Language }): EngagementInfo {
      const t = now()
      db.prepare(
        'INSERT INTO engagement (id, client, title, language, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(i.id, i.client, i.title, i.language, t, t)
      return toInfo(row())
    },
    get: (): EngagementInfo => toInfo(row()),
    update(patch: EngagementPatch): EngagementInfo {
      const cur = toInfo(row())
      const next = { ...cur, ...stripUndefined(patch) }
      db.prepare(
        `UPDATE engagement SET client = ?, title = ?, language = ?, start_date = ?, end_date = ?,
         consultants = ?, updated_at = ?`,
      ).run(next.client, next.title, next.language, next.startDate, next.endDate, writeJson(next.consultants), now())
      return toInfo(row())
    },
    settings: (): unknown => readJson<unknown>(row().settings, {}),
    /**
     * The consultant working in this file: deletions are recorded in their name (tombstones). Written
     * only when it changes, so that opening a file as the same person leaves it as it was.
     */
    setActor(coderId: string | null): void {
      db.prepare('UPDATE engagement SET actor_id = ? WHERE actor_id IS NOT ?').run(coderId, coderId)
    },
    saveSettings(settings: unknown): void {
      db.prepare('UPDATE engagement SET settings = ?, updated_at = ?').run(writeJson(settings), now())
    },
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

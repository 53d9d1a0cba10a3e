import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import m11 from '../../electron/core/db/migrations/0011-interview-active-time'
import { migrate } from '../../electron/core/db/migrate'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { tempDir, track } from '../helpers/temp-engagement'

describe('migration 0011: the time spent in an interview', () => {
  it('starts every interview made before at zero, which reads as "count from start to end"; time is then added', () => {
    const file = path.join(tempDir(), 'v10.terrain')
    const db = new Database(file)
    const upTo10 = MIGRATIONS.slice(0, MIGRATIONS.indexOf(m11))
    expect(upTo10).toHaveLength(10)
    migrate(db, upTo10)
    const T = '2026-03-09T09:00:00.000Z'
    db.prepare(
      `INSERT INTO respondents (id, code, group_key, created_at, updated_at) VALUES ('r', 'R01', 'employee', ?, ?)`,
    ).run(T, T)
    db.prepare(
      `INSERT INTO interviews (id, respondent_id, status, started_at, ended_at, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'r', 'completed', ?, '2026-03-09T10:05:00.000Z', ?, ?)`,
    ).run(T, T, T)
    db.close()
    const e = track(openEngagementFile(file))
    const id = '00000000-0000-4000-8000-000000000001'
    expect(e.interviews.get(id)).toMatchObject({ activeMs: 0, startedAt: T })
    expect(e.interviews.addActiveTime(id, 90_000).activeMs).toBe(90_000)
    expect(e.interviews.addActiveTime(id, 30_000).activeMs).toBe(120_000)
    expect(() => e.interviews.addActiveTime('00000000-0000-4000-8000-000000000002', 1)).toThrow(/No interview/)
  })
})

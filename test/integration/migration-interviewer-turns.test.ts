import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import m12 from '../../electron/core/db/migrations/0012-interviewer-turns'
import { migrate } from '../../electron/core/db/migrate'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { tempDir, track } from '../helpers/temp-engagement'

describe('migration 0012: the interviewer’s turns of a transcript', () => {
  it('keeps every turn of a transcript imported before as the respondent’s', () => {
    const file = path.join(tempDir(), 'v11.terrain')
    const db = new Database(file)
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(m12)))
    const T = '2026-03-09T09:00:00.000Z'
    db.prepare(
      `INSERT INTO documents (id, kind, title, text, created_at, updated_at) VALUES ('d', 'transcript', 't', 'Bonjour.\n\nMerci.', ?, ?)`,
    ).run(T, T)
    db.prepare(
      `INSERT INTO transcript_turns (document_id, position, start, end, speaker) VALUES ('d', 0, 0, 8, 'Claire'), ('d', 1, 10, 16, 'Marc')`,
    ).run()
    db.close()
    const e = track(openEngagementFile(file))
    expect(e.transcriptTurns.ofDocument('d').map((t) => [t.speaker, t.byInterviewer])).toEqual([
      ['Claire', false],
      ['Marc', false],
    ])
  })
})

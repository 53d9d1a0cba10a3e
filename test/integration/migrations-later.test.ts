import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import m1 from '../../electron/core/db/migrations/0001-initial'
import m2 from '../../electron/core/db/migrations/0002-report-choices'
import m3 from '../../electron/core/db/migrations/0003-transcript-turns'
import m4 from '../../electron/core/db/migrations/0004-campaign-plan'
import m5 from '../../electron/core/db/migrations/0005-key-verbatims'
import { migrate } from '../../electron/core/db/migrate'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { listBackups } from '../../electron/core/db/backups'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { tempDir, track } from '../helpers/temp-engagement'

const T = '2026-01-01T00:00:00.000Z'

/** A file as Terrain left it at schema 2, with one interview and its transcript. */
function fileAtSchema2(dir: string): string {
  const file = path.join(dir, 'v2.terrain')
  const db = new Database(file)
  migrate(db, [m1, m2])
  db.prepare("INSERT INTO engagement (id, language, created_at, updated_at) VALUES ('e', 'fr', ?, ?)").run(T, T)
  db.prepare("INSERT INTO respondents VALUES ('r', 'R01', 'employee', NULL, NULL, NULL, ?, ?)").run(T, T)
  db.prepare(
    "INSERT INTO interviews (id, respondent_id, status, created_at, updated_at) VALUES ('i', 'r', 'imported', ?, ?)",
  ).run(T, T)
  db.prepare(
    `INSERT INTO documents (id, interview_id, respondent_id, kind, title, text, source, created_at, updated_at)
     VALUES ('d', 'i', 'r', 'transcript', 'teams.vtt', 'Bonjour.\n\nMerci.', 'teams.vtt', ?, ?)`,
  ).run(T, T)
  db.close()
  return file
}

describe('migration 0003: transcript turns', () => {
  it('brings a file made at schema 2 to 3, its documents kept, after a backup', () => {
    const dir = tempDir()
    const file = fileAtSchema2(dir)
    const backups = path.join(dir, 'backups')
    const e = track(openEngagementFile(file, { backupDir: backups }))

    expect(e.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3)
    expect(e.documents.get('d')).toMatchObject({ kind: 'transcript', text: 'Bonjour.\n\nMerci.' })
    const columns = e.db.pragma('table_info(transcript_turns)') as { name: string; notnull: number; pk: number }[]
    expect(columns.map((c) => [c.name, c.notnull, c.pk])).toEqual([
      ['document_id', 1, 1],
      ['position', 1, 2],
      ['start', 1, 0],
      ['end', 1, 0],
      ['speaker', 0, 0],
      ['at_ms', 0, 0],
      ['until_ms', 0, 0],
      ['by_interviewer', 1, 0],
    ])
    const sql = e.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'transcript_turns'").pluck().get() as string
    expect(sql).toMatch(/WITHOUT ROWID/)
    expect(e.transcriptTurns.ofDocument('d')).toEqual([])

    const before = listBackups(file, backups).filter((f) => f.includes('.before-v'))
    expect(before).toHaveLength(1)
    const copy = new Database(before[0]!, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(2)
    expect(copy.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1)
    copy.close()
  })

  it('keeps turns with their document: in order, gone with it, refused without it', () => {
    const dir = tempDir()
    const e = track(openEngagementFile(fileAtSchema2(dir), { backupDir: path.join(dir, 'backups') }))
    const turns = [
      { start: 0, end: 8, speaker: 'Claire Dubois', atMs: 3120, untilMs: 5680, byInterviewer: true },
      { start: 10, end: 16, speaker: null, atMs: null, untilMs: null, byInterviewer: false },
    ]
    e.transaction(() => e.transcriptTurns.set('d', turns))
    expect(e.transcriptTurns.ofDocument('d')).toEqual(turns)
    e.transaction(() => e.transcriptTurns.set('d', turns.slice(1)))
    expect(e.transcriptTurns.ofDocument('d')).toEqual(turns.slice(1))

    expect(() => e.transcriptTurns.set('no-such-document', turns)).toThrow(/FOREIGN KEY/)
    e.documents.remove('d')
    expect(e.db.prepare('SELECT count(*) FROM transcript_turns').pluck().get()).toBe(0)
    expect(e.db.pragma('foreign_key_check')).toEqual([])
    expect(e.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

describe('migration 0004: the campaign plan', () => {
  it('adds the plan to a file at schema 3, its data kept', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v3.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3])
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', '2026-01-01')").run()
    db.close()
    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(e.coders.list().map((c) => c.name)).toEqual(['Ana'])
    e.campaign.add({
      group: 'leadership',
      unit: null,
      site: 'Paris',
      quota: 3,
      plannedFrom: '2026-09-14',
      plannedTo: null,
      place: 'Siège',
    })
    expect(e.campaign.list()).toMatchObject([{ group: 'leadership', quota: 3, site: 'Paris' }])
    expect(() =>
      e.campaign.add({
        group: 'leadership',
        unit: null,
        site: null,
        quota: -1,
        plannedFrom: null,
        plannedTo: null,
        place: null,
      }),
    ).toThrow(/CHECK/)
  })
})

describe('migration 0005: key verbatims', () => {
  it('adds the marks to a file at schema 4, its answers kept; a mark goes with its answer', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v4.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3, m4])
    db.prepare(
      "INSERT INTO documents (id, kind, text, created_at, updated_at) VALUES ('00000000-0000-4000-8000-00000000000d', 'answer', 'We want the right file, fast.', ?, ?)",
    ).run(T, T)
    db.close()
    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const doc = '00000000-0000-4000-8000-00000000000d'
    expect(e.documents.get(doc)!.text).toBe('We want the right file, fast.')
    const mark = e.keyVerbatims.add(doc, { start: 8, end: 22 })
    expect(mark.text).toBe('the right file')
    expect(() => e.keyVerbatims.add(doc, { start: 8, end: 22 })).toThrow(/UNIQUE/)
    expect(() => e.keyVerbatims.add(doc, { start: 20, end: 40 })).toThrow(/not inside the text/)
    expect(() => e.db.prepare("INSERT INTO key_verbatims VALUES ('k', ?, 5, 5, '', ?)").run(doc, T)).toThrow(/CHECK/)
    e.db.prepare('DELETE FROM documents WHERE id = ?').run(doc)
    expect(e.keyVerbatims.ofDocument(doc)).toEqual([])
  })
})

describe('migration 0006: the criterion a collective’s evidence bears on', () => {
  it('keeps a file at schema 5 and its links, each bearing on no criterion until told', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v5.terrain')
    const db = new Database(file)
    migrate(db, [m1, m2, m3, m4, m5])
    const doc = '00000000-0000-4000-8000-00000000000d'
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', ?)").run(T)
    db.prepare(
      "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES ('k', 'COL.PRJ', 'Projet', 'Project', '#000000', ?, ?)",
    ).run(T, T)
    db.prepare(
      "INSERT INTO documents (id, kind, text, created_at, updated_at) VALUES (?, 'answer', 'My manager put my name on the list.', ?, ?)",
    ).run(doc, T, T)
    db.prepare(
      `INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, stance, valence, created_at, updated_at)
       VALUES ('g', ?, 0, 10, 'My manager', 'k', 'c', 'SELF', '0', ?, ?)`,
    ).run(doc, T, T)
    db.prepare(
      "INSERT INTO collectives (id, name, label, notes, created_at, updated_at) VALUES ('q', 'Claims Quality', 'community', '', ?, ?)",
    ).run(T, T)
    db.prepare("INSERT INTO collective_evidence VALUES ('q', 'g')").run()
    db.close()

    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(e.collectives.get('q')).toMatchObject({ name: 'Claims Quality', evidenceCodingIds: ['g'] })
    expect(e.db.prepare('SELECT criterion FROM collective_evidence').pluck().all()).toEqual([null])
    e.collectives.setEvidenceCriterion('q', 'g', 2)
    expect(e.db.prepare('SELECT criterion FROM collective_evidence').pluck().all()).toEqual([2])
    expect(() => e.db.prepare('UPDATE collective_evidence SET criterion = 6').run()).toThrow(/CHECK/)
    e.db.prepare("DELETE FROM collectives WHERE id = 'q'").run()
    expect(e.db.prepare('SELECT count(*) FROM collective_evidence').pluck().get()).toBe(0)
    expect(e.codings.get('g')).toBeDefined()
  })
})

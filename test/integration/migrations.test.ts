import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import migrate0001 from '../../electron/core/db/migrations/0001-initial'
import { migrate } from '../../electron/core/db/migrate'
import { APPLICATION_ID } from '../../electron/core/db/file-identity'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { listBackups, KEPT_SESSION_BACKUPS } from '../../electron/core/db/backups'
import { tempDir, track } from '../helpers/temp-engagement'

const tables = (db: Database.Database): string[] =>
  db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts_%' ORDER BY name COLLATE BINARY",
    )
    .all()
    .map((r) => r.name)

describe('migration 0001: the first schema', () => {
  it('creates every table the method needs, on a real file', () => {
    const db = new Database(path.join(tempDir(), 'm1.sqlite'))
    migrate0001(db)
    expect(tables(db)).toEqual([
      'band_overrides',
      'closed_answers',
      'code_families',
      'codebook',
      'coders',
      'codes',
      'codings',
      'collective_evidence',
      'collectives',
      'documents',
      'documents_fts',
      'engagement',
      'guides',
      'interviews',
      'memos',
      'questions',
      'recommendation_overrides',
      'respondent_identities',
      'respondents',
      'variable_values',
      'variables',
    ])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })

  it('enforces the schema’s rules: groups, spans, stance and target', () => {
    const db = new Database(path.join(tempDir(), 'm1-rules.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate0001(db)
    const t = '2026-01-01T00:00:00.000Z'
    expect(() =>
      db.prepare("INSERT INTO respondents VALUES ('r', 'R01', 'alien', NULL, NULL, NULL, ?, ?)").run(t, t),
    ).toThrow(/CHECK/)
    db.prepare("INSERT INTO respondents VALUES ('r', 'R01', 'employee', NULL, NULL, NULL, ?, ?)").run(t, t)
    expect(() =>
      db.prepare("INSERT INTO respondents VALUES ('r2', 'r01', 'employee', NULL, NULL, NULL, ?, ?)").run(t, t),
    ).toThrow(/UNIQUE/)
    db.prepare(
      "INSERT INTO documents (id, kind, text, created_at, updated_at) VALUES ('d', 'answer', 'hello world', ?, ?)",
    ).run(t, t)
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', ?)").run(t)
    db.prepare(
      "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES ('k', 'X', 'x', 'x', '#000', ?, ?)",
    ).run(t, t)
    const coding = db.prepare(
      'INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, stance, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    expect(() => coding.run('x1', 'd', 5, 5, '', 'k', 'c', 'SELF', null, t, t)).toThrow(/CHECK/)
    expect(() => coding.run('x2', 'd', 0, 5, 'hello', 'k', 'c', 'SELF', 'manager', t, t)).toThrow(/CHECK/)
    expect(() => coding.run('x3', 'd', 0, 5, 'hello', 'k', 'nobody', 'SELF', null, t, t)).toThrow(/FOREIGN KEY/)
    coding.run('x4', 'd', 0, 5, 'hello', 'k', 'c', 'ATTR', 'manager', t, t)
    db.close()
  })

  it('is applied by the runner in one transaction that also stamps the file', () => {
    const db = new Database(path.join(tempDir(), 'runner.sqlite'))
    expect(migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION })
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION })
    db.close()
  })
})

describe('migration 0002: the report choices', () => {
  it('brings a file made at schema 1 to 2, its data kept, after a backup', () => {
    const dir = tempDir()
    const file = path.join(dir, 'v1.terrain')
    const db = new Database(file)
    migrate(db, [migrate0001])
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', '2026-01-01')").run()
    db.prepare(
      "INSERT INTO engagement (id, language, created_at, updated_at) VALUES ('e', 'fr', '2026-01-01', '2026-01-01')",
    ).run()
    db.close()
    const e = track(openEngagementFile(file, { backupDir: path.join(dir, 'backups') }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(tables(e.db)).toEqual(expect.arrayContaining(['report_texts', 'report_verbatims']))
    expect(e.coders.list().map((c) => c.name)).toEqual(['Ana'])
    expect(
      listBackups(file, path.join(dir, 'backups')).filter((f) => f.includes(`.before-v${SCHEMA_VERSION}`)),
    ).toHaveLength(1)
    e.reportChoices.setText('executiveSummary', 'fr', 'Synthèse')
    expect(e.reportChoices.texts('fr')).toEqual({ executiveSummary: 'Synthèse' })
  })
})

describe('the migration runner', () => {
  it('refuses a file from a newer schema instead of stamping it older', () => {
    const db = new Database(path.join(tempDir(), 'newer.sqlite'))
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'FROM_NEWER_VERSION' }))
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1)
    db.close()
  })

  it('rolls a failing migration back whole: the file keeps its version and its data', () => {
    const db = new Database(path.join(tempDir(), 'fails.sqlite'))
    migrate(db, [migrate0001])
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', '2026-01-01')").run()
    const failing = (d: Database.Database) => {
      d.exec('DELETE FROM coders; CREATE TABLE half_done (x)')
      throw new Error('disk full')
    }
    expect(() => migrate(db, [migrate0001, failing])).toThrow('disk full')
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare('SELECT count(*) AS n FROM coders').get()).toEqual({ n: 1 })
    expect(tables(db)).not.toContain('half_done')
    db.close()
  })

  it('runs migrations with foreign keys off, so that rebuilding a table cascades nothing', () => {
    const db = new Database(path.join(tempDir(), 'rebuild.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db, [migrate0001])
    const t = '2026-01-01T00:00:00.000Z'
    db.prepare(
      "INSERT INTO documents (id, kind, text, created_at, updated_at) VALUES ('d', 'answer', 'hello', ?, ?)",
    ).run(t, t)
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', ?)").run(t)
    db.prepare(
      "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES ('k', 'X', 'x', 'x', '#000', ?, ?)",
    ).run(t, t)
    db.prepare(
      "INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, created_at, updated_at) VALUES ('x', 'd', 0, 5, 'hello', 'k', 'c', ?, ?)",
    ).run(t, t)
    // The classic table rebuild: copy, drop, rename. With foreign keys on, the drop would delete the coding.
    const rebuildDocuments = (d: Database.Database) =>
      d.exec(`CREATE TABLE documents_new (id TEXT PRIMARY KEY, interview_id TEXT, respondent_id TEXT, question_id TEXT,
                kind TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', source TEXT,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
              INSERT INTO documents_new SELECT id, interview_id, respondent_id, question_id, kind, title, text, source,
                created_at, updated_at FROM documents;
              DROP TABLE documents;
              ALTER TABLE documents_new RENAME TO documents;`)
    migrate(db, [migrate0001, rebuildDocuments])
    expect(db.prepare('SELECT count(*) AS n FROM codings').get()).toEqual({ n: 1 })
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })
})

describe('opening an engagement of an older schema', () => {
  it('makes a backup copy first, then migrates', () => {
    const dir = tempDir()
    const file = path.join(dir, 'old.terrain')
    // A file stamped as Terrain's by an older version, before migration 0001 existed.
    const db = new Database(file)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.exec('CREATE TABLE placeholder (x)')
    db.close()
    const backups = path.join(dir, 'backups')
    const e = track(openEngagementFile(file, { backupDir: backups }))
    expect(e.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const before = listBackups(file, backups).filter((f) => f.includes('.before-v'))
    expect(before).toHaveLength(1)
    const copy = new Database(before[0]!, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(0)
    copy.close()
  })
})

describe('session backups', () => {
  it('keeps the last few, one per open, each a whole engagement', () => {
    const dir = tempDir()
    const file = path.join(dir, 'daily.terrain')
    const backups = path.join(dir, 'backups')
    createEngagementFile(file, { language: 'en', client: 'Acme' }).close()
    for (let i = 0; i < KEPT_SESSION_BACKUPS + 3; i++) openEngagementFile(file, { backupDir: backups }).close()
    const kept = listBackups(file, backups)
    expect(kept).toHaveLength(KEPT_SESSION_BACKUPS)
    const copy = track(openEngagementFile(kept.at(-1)!))
    expect(copy.info.get().client).toBe('Acme')
    expect(fs.readdirSync(backups).some((n) => n.endsWith('.partial'))).toBe(false)
  })

  it('keeps the backups of two files with the same name apart', () => {
    const dir = tempDir()
    const backups = path.join(dir, 'backups')
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub))
      createEngagementFile(path.join(dir, sub, 'study.terrain'), { language: 'en', client: sub }).close()
      openEngagementFile(path.join(dir, sub, 'study.terrain'), { backupDir: backups }).close()
    }
    expect(listBackups(path.join(dir, 'a', 'study.terrain'), backups)).toHaveLength(1)
    expect(listBackups(path.join(dir, 'b', 'study.terrain'), backups)).toHaveLength(1)
  })
})

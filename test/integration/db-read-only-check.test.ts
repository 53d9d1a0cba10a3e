import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { checkEngagementFile } from '../../electron/core/db/file-identity'
import { openReadOnly, openWritable, useNativeBinding, withReadOnly } from '../../electron/core/db/connection'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { TerrainError } from '../../shared/domain/terrain-error'
import { fileHash, tempDir, track } from '../helpers/temp-engagement'

const nodeBuild = path.resolve(
  __dirname,
  '../../node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
)

afterEach(() => {
  vi.restoreAllMocks()
  useNativeBinding(undefined)
})

function engagement(): string {
  const file = path.join(tempDir(), 'study.terrain')
  createEngagementFile(file, { language: 'en' }).close()
  return file
}

function refusalOf(file: string): TerrainError {
  try {
    checkEngagementFile(file)
  } catch (e) {
    if (e instanceof TerrainError) return e
    throw e
  }
  throw new Error(`${file} was accepted`)
}

describe('the identity check of a file', () => {
  it('says an empty file is empty', () => {
    const file = path.join(tempDir(), 'empty.terrain')
    fs.writeFileSync(file, '')
    const err = refusalOf(file)
    expect(err.code).toBe('NOT_AN_ENGAGEMENT')
    expect(err.message).toMatch(/is empty/)
  })

  it('says a missing file does not exist and what to do, and that a folder is not a file', () => {
    const dir = tempDir()
    expect(refusalOf(path.join(dir, 'gone.terrain')).message).toMatch(/gone\.terrain does not exist\. Use New/)
    expect(refusalOf(dir).message).toBe(`${dir} is not a file.`)
  })

  it('sends the consultant to the backups of a file SQLite cannot read', () => {
    const file = engagement()
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const err = refusalOf(file)
    expect(err.code).toBe('CORRUPT_FILE')
    expect(err.message).toMatch(
      /^.*study\.terrain cannot be read as an engagement \(.+\)\. Open one of its backups instead\.$/,
    )
  })

  it('holds no file open after a refusal', () => {
    const file = path.join(tempDir(), 'notes.terrain')
    fs.writeFileSync(file, 'Entretien avec R01.\n')
    // What the process holds open, by path (Linux): a handle left open would lock the file on Windows.
    const holding = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
        } catch {
          return false
        }
      })
    refusalOf(file)
    expect(holding()).toEqual([])
  })

  it('refuses a file too short for an SQLite header, even one that starts with its magic words', () => {
    const file = path.join(tempDir(), 'short.terrain')
    fs.writeFileSync(file, 'SQLite format 3')
    const err = refusalOf(file)
    expect(err.code).toBe('NOT_AN_ENGAGEMENT')
    expect(err.message).toMatch(/not an SQLite database/)
  })

  it('accepts an engagement of the current schema and says which schema it has', () => {
    expect(checkEngagementFile(engagement())).toEqual({ encrypted: false, schemaVersion: SCHEMA_VERSION })
  })

  it('refuses an engagement whose content breaks its own schema as damaged, naming what is wrong', () => {
    const file = engagement()
    // Another tool edited the schema in place: top-level codes now break NOT NULL.
    const tool = new Database(file)
    tool.unsafeMode(true)
    tool.pragma('writable_schema = ON')
    tool
      .prepare(
        "UPDATE sqlite_schema SET sql = replace(sql, 'parent_id TEXT REFERENCES', 'parent_id TEXT NOT NULL REFERENCES') WHERE name = 'codes'",
      )
      .run()
    tool.close()
    const before = fileHash(file)
    const err = refusalOf(file)
    expect(err.code).toBe('CORRUPT_FILE')
    expect(err.message).toMatch(/is damaged \(NULL value in codes\.parent_id/)
    expect(fileHash(file)).toBe(before)
  })

  // The check waits for the lock as long as any connection does (busy timeout): about five seconds.
  it('refuses a file another program holds locked as in use, not as damaged, and leaves it as it was', () => {
    const file = engagement()
    const before = fileHash(file)
    const holder = new Database(file)
    holder.pragma('locking_mode = EXCLUSIVE')
    holder.exec('BEGIN EXCLUSIVE; COMMIT')
    try {
      const err = refusalOf(file)
      expect(err.code).toBe('FILE_IN_USE')
      expect(err.message).toMatch(/in use by another program/)
    } finally {
      holder.close()
    }
    expect(fileHash(file)).toBe(before)
  })

  it('refuses a file it has no permission to read as not writable, not as damaged', () => {
    const file = engagement()
    vi.spyOn(fs, 'openSync').mockImplementation(() => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' })
    })
    const err = refusalOf(file)
    expect(err.code).toBe('FILE_NOT_WRITABLE')
    expect(err.message).toContain('permission denied')
  })

  it('leaves the journal of an engagement open in the app, which goes on writing to it', () => {
    const file = engagement()
    const e = track(openEngagementFile(file))
    e.respondents.add({ code: 'R01', group: 'employee' })
    expect(checkEngagementFile(file)).toEqual({ encrypted: false, schemaVersion: SCHEMA_VERSION })
    expect(fs.existsSync(`${file}-wal`)).toBe(true)
    expect(fs.existsSync(`${file}-shm`)).toBe(true)
    e.respondents.add({ code: 'R02', group: 'manager' })
    e.close()
    const reader = new Database(file, { readonly: true })
    expect(reader.prepare('SELECT code FROM respondents ORDER BY code').pluck().all()).toEqual(['R01', 'R02'])
    reader.close()
  })
})

describe('reading a file without writing to it', () => {
  it('keeps the journal a writer filled while the file was being read', () => {
    const file = engagement()
    let writer: Database.Database | undefined
    try {
      withReadOnly(file, () => {
        writer = new Database(file)
        writer.exec("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', '2026-01-01')")
      })
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0)
    } finally {
      writer?.close()
    }
    const db = openReadOnly(file)
    expect(db.prepare('SELECT name FROM coders').pluck().all()).toEqual(['Ana'])
    db.close()
  })

  it('removes the journal files it made, even when the reading fails', () => {
    const file = engagement()
    const dir = path.dirname(file)
    const before = fs.readdirSync(dir).sort()
    expect(() =>
      withReadOnly(file, (db) => {
        db.prepare('SELECT count(*) FROM codes').get()
        throw new Error('stopped half-way')
      }),
    ).toThrow('stopped half-way')
    expect(fs.readdirSync(dir).sort()).toEqual(before)
  })
})

describe('the engine build a connection loads', () => {
  it('is the one the desktop app chose, when it chose one', () => {
    const file = engagement()
    const chosen = path.join(tempDir(), 'engine', 'better_sqlite3.node')
    fs.mkdirSync(path.dirname(chosen))
    fs.copyFileSync(nodeBuild, chosen)
    useNativeBinding(chosen)
    openWritable(file).close()
    const missing = path.join(tempDir(), 'better_sqlite3.node')
    useNativeBinding(missing)
    expect(() => openReadOnly(file)).toThrow(missing)
    expect(() => withReadOnly(file, () => 'read')).toThrow(missing)
    expect(() => openWritable(file)).toThrow(missing)
    useNativeBinding(undefined)
    openReadOnly(file).close()
  })

  it('never makes a missing file when opening one for writing', () => {
    const dir = tempDir()
    expect(() => openWritable(path.join(dir, 'gone.terrain'))).toThrow()
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

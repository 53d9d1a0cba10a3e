import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { APPLICATION_ID, mayNeedPassphrase } from '../../electron/core/db/file-identity'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { TerrainError } from '../../shared/domain/terrain-error'
import { fileHash, tempDir, track } from '../helpers/temp-engagement'

function refusal(file: string): TerrainError {
  try {
    track(openEngagementFile(file, { backupDir: path.join(path.dirname(file), 'backups') }))
  } catch (e) {
    if (e instanceof TerrainError) return e
    throw e
  }
  throw new Error(`${file} was opened`)
}

/** Refused, with this code, and the file is byte-for-byte what it was, with nothing beside it. */
function expectRefusedUntouched(file: string, code: TerrainError['code']): TerrainError {
  const before = fileHash(file)
  const neighbours = fs.readdirSync(path.dirname(file)).sort()
  const err = refusal(file)
  expect(err.code).toBe(code)
  expect(fileHash(file)).toBe(before)
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(neighbours)
  return err
}

describe('opening a file that is not an engagement this version can open', () => {
  it('refuses another application’s SQLite database and leaves it untouched', () => {
    const file = path.join(tempDir(), 'other.sqlite')
    const db = new Database(file)
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')")
    db.close()
    const err = expectRefusedUntouched(file, 'NOT_AN_ENGAGEMENT')
    expect(err.message).toMatch(/another application/)
  })

  it('refuses an empty file', () => {
    const file = path.join(tempDir(), 'empty.terrain')
    fs.writeFileSync(file, '')
    expectRefusedUntouched(file, 'NOT_AN_ENGAGEMENT')
  })

  it('refuses random bytes', () => {
    const file = path.join(tempDir(), 'noise.terrain')
    const bytes = Buffer.alloc(64 * 1024 + 100)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251
    fs.writeFileSync(file, bytes)
    expectRefusedUntouched(file, 'NOT_AN_ENGAGEMENT')
  })

  it('cannot tell whole pages of random bytes from an encrypted engagement, and says both', () => {
    // An encrypted file is whole pages of what looks like noise, its header included (README).
    const file = path.join(tempDir(), 'noise.terrain')
    const bytes = Buffer.alloc(64 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251
    fs.writeFileSync(file, bytes)
    expectRefusedUntouched(file, 'ENCRYPTED')
    expect(refusal(file).message).toMatch(/is encrypted, or it is not a Terrain engagement/)
  })

  it('refuses a text file named .terrain', () => {
    const file = path.join(tempDir(), 'notes.terrain')
    fs.writeFileSync(file, 'Entretien avec R01 : élève, café.\n')
    expectRefusedUntouched(file, 'NOT_AN_ENGAGEMENT')
  })

  it('refuses a damaged engagement (pages overwritten) and leaves it untouched', () => {
    const file = path.join(tempDir(), 'damaged.terrain')
    createEngagementFile(file, { language: 'en' }).close()
    const bytes = fs.readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    // Keep the header page, scribble over the pages that hold the tables.
    for (let i = pageSize * 2; i < Math.min(bytes.length, pageSize * 8); i++) bytes[i] = 0xa5
    fs.writeFileSync(file, bytes)
    expectRefusedUntouched(file, 'CORRUPT_FILE')
  })

  it('refuses a truncated engagement', () => {
    const file = path.join(tempDir(), 'truncated.terrain')
    createEngagementFile(file, { language: 'en' }).close()
    const bytes = fs.readFileSync(file)
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    expectRefusedUntouched(file, 'CORRUPT_FILE')
  })

  it('refuses another application’s database in WAL mode, leaving no journal files behind', () => {
    const file = path.join(tempDir(), 'wal.sqlite')
    const db = new Database(file)
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE t (x)')
    db.close()
    expectRefusedUntouched(file, 'NOT_AN_ENGAGEMENT')
  })

  it('refuses a newer-version engagement whose last writes sit in its journal, touching neither file', () => {
    const dir = tempDir()
    const file = path.join(dir, 'hot.terrain')
    createEngagementFile(file, { language: 'en' }).close()
    const db = new Database(file)
    db.pragma('wal_autocheckpoint = 0')
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    // Copy the file and its journal while the writer is still open: a crash leaves exactly this.
    const crashed = path.join(dir, 'crashed.terrain')
    fs.copyFileSync(file, crashed)
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`)
    db.close()
    const walHash = fileHash(`${crashed}-wal`)
    expectRefusedUntouched(crashed, 'FROM_NEWER_VERSION')
    expect(fileHash(`${crashed}-wal`)).toBe(walHash)
  })

  it('refuses a file from a newer Terrain, naming both versions', () => {
    const file = path.join(tempDir(), 'future.terrain')
    createEngagementFile(file, { language: 'en' }).close()
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`)
    db.pragma('journal_mode = DELETE')
    db.close()
    const err = expectRefusedUntouched(file, 'FROM_NEWER_VERSION')
    expect(err.message).toContain(String(SCHEMA_VERSION + 5))
    expect(err.message).toContain(String(SCHEMA_VERSION))
  })

  it('does not create a missing file on open', () => {
    const dir = tempDir()
    const err = refusal(path.join(dir, 'nothing-here.terrain'))
    expect(err.code).toBe('FILE_MISSING')
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses a folder', () => {
    const dir = tempDir()
    expect(refusal(dir).code).toBe('NOT_AN_ENGAGEMENT')
  })
})

describe('an engagement file', () => {
  it('carries Terrain’s application_id and the current schema version', () => {
    const file = path.join(tempDir(), 'new.terrain')
    createEngagementFile(file, { language: 'fr' }).close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('is opened with WAL, synchronous FULL and foreign keys on', () => {
    const file = path.join(tempDir(), 'pragmas.terrain')
    createEngagementFile(file, { language: 'fr' }).close()
    const e = track(openEngagementFile(file))
    expect(e.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(e.db.pragma('synchronous', { simple: true })).toBe(2)
    expect(e.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(e.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
  })

  it('is not made over the journal of an earlier file of the same name', () => {
    const dir = tempDir()
    const file = path.join(dir, 'reused.terrain')
    fs.writeFileSync(`${file}-wal`, 'stale journal')
    expect(() => createEngagementFile(file, { language: 'en' })).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS' }),
    )
    expect(fs.readdirSync(dir)).toEqual(['reused.terrain-wal'])
  })

  it('is named .terrain', () => {
    const dir = tempDir()
    expect(() => createEngagementFile(path.join(dir, 'study.db'), { language: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('is never overwritten by New', () => {
    const file = path.join(tempDir(), 'taken.terrain')
    fs.writeFileSync(file, 'precious')
    expect(() => createEngagementFile(file, { language: 'en' })).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS' }),
    )
    expect(fs.readFileSync(file, 'utf8')).toBe('precious')
  })

  it('leaves nothing behind when building it fails half-way', () => {
    const dir = tempDir()
    const file = path.join(dir, 'broken.terrain')
    expect(() =>
      createEngagementFile(file, { language: 'en' }, () => {
        throw new Error('disk full')
      }),
    ).toThrow('disk full')
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('whether a file will need a passphrase, from its first bytes and size alone', () => {
  it('is so for an encrypted engagement only', () => {
    const dir = tempDir()
    const plain = path.join(dir, 'plain.terrain')
    const locked = path.join(dir, 'locked.terrain')
    createEngagementFile(plain, { language: 'en' }).close()
    createEngagementFile(locked, { language: 'en', passphrase: 'a long test passphrase' }).close()
    fs.writeFileSync(path.join(dir, 'notes.terrain'), 'not a database')
    expect(mayNeedPassphrase(locked)).toBe(true)
    expect(mayNeedPassphrase(plain)).toBe(false)
    expect(mayNeedPassphrase(path.join(dir, 'notes.terrain'))).toBe(false)
    expect(mayNeedPassphrase(path.join(dir, 'missing.terrain'))).toBe(false)
    expect(mayNeedPassphrase(dir)).toBe(false)
  })
})

import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import migrate0001 from '../../electron/core/db/migrations/0001-initial'
import { migrate } from '../../electron/core/db/migrate'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { fileHash, tempDir } from '../helpers/temp-engagement'

const T = '2026-01-01T00:00:00.000Z'

describe('the migration runner', () => {
  it('writes not one byte to a file already at the last schema', () => {
    const file = path.join(tempDir(), 'current.sqlite')
    const db = new Database(file)
    migrate(db)
    db.close()
    const before = fileHash(file)
    const again = new Database(file)
    expect(migrate(again)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION })
    again.close()
    expect(fileHash(file)).toBe(before)
  })

  it('refuses a migration that leaves broken references, and the file keeps its version and data', () => {
    const db = new Database(path.join(tempDir(), 'broken.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db, [migrate0001])
    db.prepare("INSERT INTO coders VALUES ('c', 'Ana', 'A', 'person', ?)").run(T)
    const orphanCoding = (d: Database.Database) => {
      d.prepare(
        "INSERT INTO codes (id, key, name_fr, name_en, color, created_at, updated_at) VALUES ('k', 'X', 'x', 'x', '#000', ?, ?)",
      ).run(T, T)
      d.prepare(
        "INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, created_at, updated_at) VALUES ('x', 'no-such-document', 0, 5, 'hello', 'k', 'c', ?, ?)",
      ).run(T, T)
    }
    expect(() => migrate(db, [migrate0001, orphanCoding])).toThrow(/Migration to 2 left 1 broken references/)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(0)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('gives the connection back with foreign keys as it found them', () => {
    const db = new Database(path.join(tempDir(), 'keys-off.sqlite'))
    db.pragma('foreign_keys = OFF')
    migrate(db)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(0)
    db.close()
  })

  it('refuses a file from a newer schema, naming both schemas', () => {
    const db = new Database(path.join(tempDir(), 'newer.sqlite'))
    db.pragma(`user_version = ${SCHEMA_VERSION + 2}`)
    expect(() => migrate(db)).toThrow(`schema ${SCHEMA_VERSION + 2}; this Terrain knows ${SCHEMA_VERSION}`)
    db.close()
  })

  it('applies only the migrations a file lacks, in order', () => {
    const db = new Database(path.join(tempDir(), 'steps.sqlite'))
    const applied: number[] = []
    const step = (n: number) => (d: Database.Database) => {
      applied.push(n)
      d.exec(`CREATE TABLE step_${n} (x)`)
    }
    expect(migrate(db, [step(1), step(2)])).toEqual({ from: 0, to: 2 })
    expect(migrate(db, [step(1), step(2), step(3), step(4)])).toEqual({ from: 2, to: 4 })
    expect(applied).toEqual([1, 2, 3, 4])
    expect(db.pragma('user_version', { simple: true })).toBe(4)
    db.close()
  })
})

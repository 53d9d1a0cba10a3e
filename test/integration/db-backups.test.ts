import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { KEPT_SESSION_BACKUPS, listBackups } from '../../electron/core/db/backups'
import { APPLICATION_ID } from '../../electron/core/db/file-identity'
import { tempDir, track } from '../helpers/temp-engagement'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function engagement(dir: string, name = 'study.terrain'): string {
  const file = path.join(dir, name)
  createEngagementFile(file, { language: 'en' }).close()
  return file
}

const respondentsIn = (backup: string): number => {
  const db = new Database(backup, { readonly: true })
  const n = db.prepare('SELECT count(*) FROM respondents').pluck().get() as number
  db.close()
  return n
}

describe('session backups on open', () => {
  it('keeps every one while there are fewer than the limit', () => {
    const dir = tempDir()
    const file = engagement(dir)
    const backups = path.join(dir, 'backups')
    for (let i = 0; i < 2; i++) openEngagementFile(file, { backupDir: backups }).close()
    expect(listBackups(file, backups)).toHaveLength(2)
  })

  it('keeps those of the most recent sessions', () => {
    const dir = tempDir()
    const file = engagement(dir)
    const backups = path.join(dir, 'backups')
    const sessions = KEPT_SESSION_BACKUPS + 3
    for (let i = 0; i < sessions; i++) {
      const e = openEngagementFile(file, { backupDir: backups })
      e.respondents.add({ code: `R${10 + i}`, group: 'employee' })
      e.close()
    }
    // The backup made when session i opened holds what the i sessions before it added.
    const kept = listBackups(file, backups)
      .map(respondentsIn)
      .sort((a, b) => a - b)
    expect(kept).toEqual(Array.from({ length: KEPT_SESSION_BACKUPS }, (_, i) => sessions - KEPT_SESSION_BACKUPS + i))
  })

  it('removes only this file’s older session copies: its pre-migration copy and other files stay', () => {
    const dir = tempDir()
    const backups = path.join(dir, 'backups')
    const old = path.join(dir, 'old.terrain')
    const db = new Database(old)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.close()
    openEngagementFile(old, { backupDir: backups }).close()
    // Its name sorts before old.terrain's, so that it would be the first taken for an old copy of it.
    const other = engagement(dir, 'another.terrain')
    openEngagementFile(other, { backupDir: backups }).close()
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'the consultant’s own file')
    const [beforeMigration] = listBackups(old, backups).filter((f) => f.includes('.before-v'))
    const stray = `${listBackups(old, backups).find((f) => f.includes('.session.'))}.partial`
    fs.writeFileSync(stray, 'an interrupted copy')

    for (let i = 0; i < KEPT_SESSION_BACKUPS + 2; i++) openEngagementFile(old, { backupDir: backups }).close()

    const mine = listBackups(old, backups)
    expect(mine.filter((f) => f.includes('.session.'))).toHaveLength(KEPT_SESSION_BACKUPS)
    expect(mine).toContain(beforeMigration)
    expect(mine).not.toContain(stray)
    // What a crash left half-written is removed on the next open (file-faults.test.ts).
    expect(fs.existsSync(stray)).toBe(false)
    expect(listBackups(other, backups)).toHaveLength(1)
    expect(fs.existsSync(path.join(backups, 'notes.txt'))).toBe(true)
  })

  it('are named after their engagement and their kind, with nothing a file system forbids', () => {
    const dir = tempDir()
    const file = engagement(dir, 'Acme Study.terrain copy.TERRAIN')
    const backups = path.join(dir, 'backups')
    openEngagementFile(file, { backupDir: backups }).close()
    const [name] = fs.readdirSync(backups)
    expect(name).toMatch(/^Acme Study\.terrain copy-[0-9a-f]{8}\.session\.[0-9TZ-]+\.terrain$/)
  })

  it('keeps and lists the newest last, whatever order the file system lists names in', () => {
    const dir = tempDir()
    const file = engagement(dir)
    const backups = path.join(dir, 'backups')
    const readdir = fs.readdirSync
    vi.spyOn(fs, 'readdirSync').mockImplementation(((d: fs.PathLike) =>
      (readdir(d) as string[]).sort().reverse()) as typeof fs.readdirSync)
    for (let i = 0; i < KEPT_SESSION_BACKUPS + 2; i++) {
      const e = openEngagementFile(file, { backupDir: backups })
      e.respondents.add({ code: `R${10 + i}`, group: 'employee' })
      e.close()
    }
    expect(listBackups(file, backups).map(respondentsIn)).toEqual([2, 3, 4, 5, 6])
  })

  it('makes the backup folder, however deep, on first use', () => {
    const dir = tempDir()
    const file = engagement(dir)
    const backups = path.join(dir, 'terrain', 'backups', 'study')
    expect(listBackups(file, backups)).toEqual([])
    const e = track(openEngagementFile(file, { backupDir: backups }))
    expect(e.warnings).toEqual([])
    expect(listBackups(file, backups)).toHaveLength(1)
  })

  it('is made even over a partial copy of the same name left by an interrupted backup', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T09:15:00.000Z') })
    const dir = tempDir()
    const file = engagement(dir)
    const backups = path.join(dir, 'backups')
    openEngagementFile(file, { backupDir: backups }).close()
    const [first] = listBackups(file, backups)
    fs.writeFileSync(`${first}.partial`, 'half a copy')
    fs.rmSync(first!)
    const e = track(openEngagementFile(file, { backupDir: backups }))
    expect(e.warnings).toEqual([])
    expect(respondentsIn(first!)).toBe(0)
    expect(fs.readdirSync(backups)).toEqual([path.basename(first!)])
  })
})

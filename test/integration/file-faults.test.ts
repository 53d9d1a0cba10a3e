import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { terrain, TERRAIN_SCRIPT } from '../helpers/run-terrain'
import { tempDir } from '../helpers/temp-engagement'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { buildDemo } from '../../electron/core/demo/build-demo'

const HOLDER = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3-multiple-ciphers'))})
const db = new Database(process.argv[1])
db.exec('BEGIN EXCLUSIVE')
process.stdout.write('held\\n')
setInterval(() => {}, 1000)
`

/** Another program holding the engagement locked (a second Terrain, a database browser). */
async function holdLocked(file: string): Promise<() => void> {
  const child = spawn(process.execPath, ['-e', HOLDER, file], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  return () => child.kill('SIGKILL')
}

const CODINGS = [
  'respondent,group,question,excerpt,code,stance,target,valence,intensity,coder',
  'R01,employee,Walk me through a typical workday last week.,First.,OUT.FIND,SELF,,+,,Anne',
].join('\n')

/** Runs terrain as a user who may not write to the folder (root may write anywhere). */
function terrainAsReader(args: string[]) {
  const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []
  const cmd = [...asNobody, process.execPath, TERRAIN_SCRIPT, ...args]
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('faults with the right message', () => {
  it('says an engagement locked by another program is in use, exit 2, and changes nothing', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'study.terrain')
    createEngagementFile(file, { language: 'en' }).close()
    fs.writeFileSync(path.join(dir, 'codings.csv'), CODINGS)
    const release = await holdLocked(file)
    try {
      const r = terrain(['import', file, '--codings', path.join(dir, 'codings.csv')])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/is in use by another program\. Close it there/)
      expect(r.stderr).not.toMatch(/unexpected problem|database is locked/)
    } finally {
      release()
    }
    expect(JSON.parse(terrain(['info', file, '--json']).stdout).counts.codings).toBe(0)
  }, 60_000)

  it('reads an engagement in a folder nobody may write to (info, diagnose), leaving the folder as it was', () => {
    const parent = tempDir()
    // The reader must reach the folder: a share mounted read-only is readable by all.
    fs.chmodSync(parent, 0o755)
    const dir = path.join(parent, 'share')
    fs.mkdirSync(dir)
    const file = path.join(dir, 'demo.terrain')
    buildDemo(file, 'en').close()
    fs.chmodSync(file, 0o444)
    fs.chmodSync(dir, 0o555)
    try {
      const before = fs.readdirSync(dir)
      const info = terrainAsReader(['info', file, '--json'])
      expect(info.stderr).toBe('')
      expect(info.code).toBe(0)
      expect(JSON.parse(info.stdout).counts.respondents).toBe(26)
      const diagnose = terrainAsReader(['diagnose', file, '--json'])
      expect(diagnose.code).toBe(0)
      expect(JSON.parse(diagnose.stdout)).toHaveProperty('floors')
      expect(fs.readdirSync(dir)).toEqual(before)
    } finally {
      fs.chmodSync(dir, 0o755)
    }
  }, 60_000)

  it('leaves no -wal or -shm beside the target when a file is read or opened through a symbolic link', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'real'))
    fs.mkdirSync(path.join(dir, 'link'))
    const target = path.join(dir, 'real', 'study.terrain')
    createEngagementFile(target, { language: 'en' }).close()
    const link = path.join(dir, 'link', 'study.terrain')
    fs.symlinkSync(target, link)
    expect(terrain(['info', link]).code).toBe(0)
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['study.terrain'])
    openEngagementFile(link).close()
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['study.terrain'])
    expect(fs.readdirSync(path.join(dir, 'link'))).toEqual(['study.terrain'])
  })

  it('removes on the next open what a crash during a backup left in the backups folder', () => {
    const dir = tempDir()
    const file = path.join(dir, 'study.terrain')
    const backups = path.join(dir, 'backups')
    createEngagementFile(file, { language: 'en' }).close()
    openEngagementFile(file, { backupDir: backups }).close()
    const [backup] = fs.readdirSync(backups)
    // What VACUUM INTO leaves when the power goes: the half copy and its journal.
    const crashed = backup!.replace(/session\.[^.]+\.terrain$/, 'session.2026-01-01T00-00-00-000Z.terrain')
    for (const leftover of [`${crashed}.partial`, `${crashed}.partial-journal`])
      fs.writeFileSync(path.join(backups, leftover), 'half')
    // Another engagement's backups are not this one's to tidy.
    fs.writeFileSync(path.join(backups, 'other-12345678.session.x.terrain.partial'), 'not mine')
    fs.writeFileSync(`${file}.rekey-999.partial`, 'half')
    openEngagementFile(file, { backupDir: backups }).close()
    const left = fs.readdirSync(backups)
    expect(left.filter((n) => n.includes('.partial'))).toEqual(['other-12345678.session.x.terrain.partial'])
    expect(left.filter((n) => n.endsWith('.terrain')).length).toBe(2)
    expect(fs.existsSync(`${file}.rekey-999.partial`)).toBe(false)
  })

  it('says a damaged file is damaged in one line, with what to do, exit 2', () => {
    const dir = tempDir()
    const file = path.join(dir, 'demo.terrain')
    buildDemo(file, 'en').close()
    // Cell offsets out of range on one b-tree page: SQLite's check reports it on several lines.
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, Buffer.alloc(4, 0x5a), 0, 4, 100 * 4096 + 12)
    fs.closeSync(fd)
    const r = terrain(['info', file])
    expect(r.code).toBe(2)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/damaged|cannot be read as an engagement/)
    expect(lines[0]).toMatch(/Open one of its backups instead\.$/)
  }, 60_000)
})

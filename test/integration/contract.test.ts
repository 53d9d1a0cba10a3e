import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import type { HandlerContext } from '../../electron/core/handlers/handler'
import { CALL_NAMES } from '../../shared/api/names'
import { contract } from '../../shared/api/contract'
import { ScriptedDialogs } from '../helpers/test-shell'
import { flaggedJob, newCancelFlag } from '../../electron/core/jobs/job-control'
import { fileHash, tempDir } from '../helpers/temp-engagement'

const ctx: HandlerContext = { emit: () => undefined }

function setup() {
  const dir = tempDir()
  const session = new Session({ dataDir: path.join(dir, 'app-data'), appVersion: '0.0.0-test' })
  const dialogs = new ScriptedDialogs()
  const handlers = { ...coreHandlers(session), ...dialogs.inProcessHandlers() }
  const run = (name: unknown, input?: unknown) => dispatch(handlers, name, input, ctx)
  return { dir, session, dialogs, run, close: () => session.close() }
}

describe('the contract', () => {
  it('declares every call name once, each with schemas and error codes', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort())
    for (const name of CALL_NAMES) {
      expect(contract[name].input).toBeDefined()
      expect(contract[name].output).toBeDefined()
    }
  })

  it('refuses an unknown call by name', async () => {
    const s = setup()
    expect(await s.run('engagement.delete', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Unknown call engagement.delete.' },
    })
    expect(await s.run(42, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('returns a typed error for bad input and changes nothing', async () => {
    const s = setup()
    const file = path.join(s.dir, 'study.terrain')
    expect(await s.run('engagement.create', { path: file, language: 'en', client: 'Acme' })).toMatchObject({ ok: true })
    const before = await s.run('respondents.list', {})
    const hash = fileHash(file)
    const bad = [
      { code: 'R01', group: 'alien' },
      { code: '', group: 'employee' },
      { code: 'R 01', group: 'employee' },
      { code: 'R01', group: 'employee', secret: 'extra field' },
      { group: 'employee' },
      'R01',
      null,
    ]
    for (const input of bad) {
      const r = await s.run('respondents.create', input)
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      if (!r.ok) expect(r.error.message).toMatch(/^Invalid input for respondents.create/)
    }
    expect(await s.run('respondents.list', {})).toEqual(before)
    expect(await s.run('engagement.update', { language: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await s.run('engagement.update', { startDate: '14/09/2026' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    s.close()
    expect(fileHash(file)).toBe(hash)
  })

  it('answers NO_ENGAGEMENT_OPEN before anything is open', async () => {
    const s = setup()
    expect(await s.run('respondents.list', {})).toMatchObject({ ok: false, error: { code: 'NO_ENGAGEMENT_OPEN' } })
    expect(await s.run('engagement.current', {})).toEqual({ ok: true, value: null })
  })

  it('creates, updates, closes and reopens an engagement, remembering it as recent', async () => {
    const s = setup()
    const file = path.join(s.dir, 'acme.terrain')
    const created = await s.run('engagement.create', {
      path: file,
      language: 'fr',
      client: 'Acme',
      title: 'Diagnostic',
    })
    expect(created).toMatchObject({
      ok: true,
      value: { fileName: 'acme.terrain', info: { client: 'Acme', language: 'fr' }, counts: { codes: 25, guides: 4 } },
    })
    expect(await s.run('respondents.create', { code: 'R01', group: 'leadership', role: 'COO' })).toMatchObject({
      ok: true,
      value: { code: 'R01' },
    })
    const updated = await s.run('engagement.update', { title: 'Diagnostic 2026', consultants: ['Claire Dubois'] })
    expect(updated).toMatchObject({
      ok: true,
      value: { info: { title: 'Diagnostic 2026' }, respondentsByGroup: { leadership: 1, employee: 0 } },
    })
    expect(await s.run('engagement.close', {})).toEqual({ ok: true, value: null })
    const reopened = await s.run('engagement.open', { path: file })
    expect(reopened).toMatchObject({
      ok: true,
      value: { info: { title: 'Diagnostic 2026', consultants: ['Claire Dubois'] } },
    })
    const recent = await s.run('engagement.recent', {})
    expect(recent).toMatchObject({
      ok: true,
      value: [{ path: file, client: 'Acme', title: 'Diagnostic 2026', exists: true }],
    })
    s.close()
  })

  it('keeps the current engagement open when another file is refused', async () => {
    const s = setup()
    const good = path.join(s.dir, 'good.terrain')
    const bad = path.join(s.dir, 'bad.terrain')
    fs.writeFileSync(bad, 'not a database')
    await s.run('engagement.create', { path: good, language: 'en' })
    expect(await s.run('engagement.open', { path: bad })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AN_ENGAGEMENT' },
    })
    expect(await s.run('engagement.current', {})).toMatchObject({ ok: true, value: { fileName: 'good.terrain' } })
    s.close()
  })

  it('opens the demo, reporting its progress to its job, and reopens it without rebuilding', async () => {
    const s = setup()
    const steps: [number, number][] = []
    const handlers = { ...coreHandlers(s.session), ...s.dialogs.inProcessHandlers() }
    const job = () =>
      flaggedJob(
        { id: 'job-1', kind: 'demo', flag: newCancelFlag() },
        (d, t) => steps.push([d, t]),
        () => 0,
      )
    const emit = () => undefined
    const r = await dispatch(handlers, 'engagement.openDemo', { language: 'fr' }, { emit, job: job() })
    expect(r).toMatchObject({ ok: true, value: { info: { language: 'fr' }, counts: { respondents: 26 } } })
    expect(steps.at(-1)).toEqual([26, 26])
    steps.length = 0
    await dispatch(handlers, 'engagement.openDemo', { language: 'fr' }, { emit, job: job() })
    expect(steps).toEqual([])
    // The demo is not a client study: it stays out of the recent list.
    expect(await s.run('engagement.recent', {})).toEqual({ ok: true, value: [] })
    s.close()
  })

  it('rebuilds a damaged demo, setting the old one aside with its journal', async () => {
    const s = setup()
    await s.run('engagement.openDemo', { language: 'en' })
    s.close()
    const demo = path.join(s.session.options.dataDir, 'demo', 'demo-en.terrain')
    fs.writeFileSync(demo, 'scribbled over')
    fs.writeFileSync(`${demo}-wal`, 'stale')
    expect(await s.run('engagement.openDemo', { language: 'en' })).toMatchObject({
      ok: true,
      value: { counts: { respondents: 26 } },
    })
    const aside = fs.readdirSync(path.dirname(demo)).filter((n) => n.includes('.unreadable-'))
    expect(aside.sort()).toEqual([
      expect.stringMatching(/\.unreadable-\d+$/),
      expect.stringMatching(/\.unreadable-\d+-wal$/),
    ])
    s.close()
  })

  it('opens an engagement even when its session backup cannot be written, and says so', async () => {
    const s = setup()
    const file = path.join(s.dir, 'study.terrain')
    await s.run('engagement.create', { path: file, language: 'en' })
    s.close()
    // The backups folder's place is taken by a file: no backup can be written there.
    fs.mkdirSync(s.session.options.dataDir, { recursive: true })
    fs.writeFileSync(path.join(s.session.options.dataDir, 'backups'), 'not a folder')
    expect(await s.run('engagement.open', { path: file })).toMatchObject({
      ok: true,
      value: { warnings: ['BACKUP_FAILED'] },
    })
    s.close()
  })

  it('serves the shell’s dialogs through the same contract', async () => {
    const s = setup()
    expect(await s.run('files.chooseExisting', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    s.dialogs.nextSavePath = '/tmp/x.terrain'
    expect(await s.run('files.chooseNew', { suggestedName: 'Acme' })).toEqual({
      ok: true,
      value: { path: '/tmp/x.terrain' },
    })
  })

  it('forgets a recent engagement, and marks a moved one as missing', async () => {
    const s = setup()
    const a = path.join(s.dir, 'a.terrain')
    const b = path.join(s.dir, 'b.terrain')
    await s.run('engagement.create', { path: a, language: 'en', client: 'A' })
    await s.run('engagement.create', { path: b, language: 'en', client: 'B' })
    s.close()
    fs.renameSync(a, path.join(s.dir, 'moved.terrain'))
    expect(await s.run('engagement.recent', {})).toMatchObject({
      ok: true,
      value: [
        { client: 'B', exists: true },
        { client: 'A', exists: false },
      ],
    })
    await s.run('engagement.forgetRecent', { path: b })
    expect(await s.run('engagement.recent', {})).toMatchObject({ ok: true, value: [{ client: 'A' }] })
  })
})

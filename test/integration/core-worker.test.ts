import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { CoreClient } from '../../electron/core/worker/core-client'
import type { SecretBox } from '../../electron/core/security/passphrase-keeper'
import type { JobProgress } from '../../shared/api/events'
import { CORE_WORKER } from '../e2e/app-harness'
import { tempDir } from '../helpers/temp-engagement'
import { codedRow, csv } from '../helpers/import-files'
import { COLUMNS } from '../../electron/core/import/columns'

/**
 * The core thread as the app runs it (the built out/main/core-worker.js), driven through the
 * relay's client: contract calls, job progress while the core is busy, cancellation that leaves
 * nothing half-written, and the keychain answered on the relay's thread.
 */
type Result = { ok: boolean; value?: unknown; error?: { code: string; message: string } }

const clients: CoreClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close()
})

function startCore(o: { secretBox?: SecretBox } = {}) {
  const events: JobProgress[] = []
  const core = new CoreClient({
    workerFile: CORE_WORKER,
    dataDir: tempDir(),
    appVersion: '0.0.0-test',
    failOnContractDrift: true,
    onEvent: (name, payload) => {
      if (name === 'job.progress') events.push(payload as JobProgress)
    },
    ...o,
  })
  clients.push(core)
  const call = async (name: Parameters<CoreClient['call']>[0], input: unknown): Promise<Result> =>
    JSON.parse(await core.call(name, input)) as Result
  return { core, events, call }
}

const sha = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** A CSV of coded excerpts large enough that its import takes many steps. */
function bigImport(rows: number): string {
  const file = path.join(tempDir(), 'many.csv')
  const body = Array.from({ length: rows }, (_, i) =>
    codedRow({
      respondent: `R${String(i % 400).padStart(3, '0')}`,
      question: `Q${i % 7}`,
      excerpt: `Ligne ${i} : un outil simple.`,
    }),
  )
  fs.writeFileSync(file, csv([[...COLUMNS], ...body]))
  return file
}

/** A plain engagement, created through the core then closed: its bytes are the reference. */
async function closedEngagement(call: ReturnType<typeof startCore>['call']): Promise<string> {
  const file = path.join(tempDir(), 'mission.terrain')
  expect(await call('engagement.create', { path: file, language: 'fr', client: 'Vireo' })).toMatchObject({ ok: true })
  expect(await call('engagement.close', {})).toMatchObject({ ok: true })
  return file
}

describe('the core thread behind the relay', () => {
  it('serves the contract with the same validation, its answers as JSON', async () => {
    const { call } = startCore()
    expect(await call('engagement.current', {})).toEqual({ ok: true, value: null })
    expect(await call('engagement.openDemo', { language: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await call('nothing.like.this' as never, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const demo = await call('engagement.openDemo', { language: 'fr' })
    expect(demo).toMatchObject({ ok: true, value: { path: expect.stringMatching(/demo-fr\.terrain$/) } })
    // The shell's calls are main's: the core refuses to serve one.
    expect(await call('files.chooseNew', { suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })

  it('reports a long job’s progress while the core works, and ends it as finished', async () => {
    const { call, events } = startCore()
    const file = await closedEngagement(call)
    await call('engagement.open', { path: file })
    const r = await call('import.codings', { path: bigImport(6000) })
    expect(r).toMatchObject({ ok: true, value: { rows: 6000, codings: 6000 } })
    const mine = events.filter((e) => e.kind === 'import')
    expect(new Set(mine.map((e) => e.jobId)).size).toBe(1)
    expect(mine.some((e) => !e.finished && e.done > 0 && e.done < e.total)).toBe(true)
    expect(mine.at(-1)).toMatchObject({ finished: true })
  })

  it('a cancelled import leaves the engagement byte-identical, even cancelled half-way through its writes', async () => {
    const { core, call, events } = startCore()
    const file = await closedEngagement(call)
    // Opening and closing alone leaves the same bytes: the reference for what follows.
    await call('engagement.open', { path: file })
    await call('engagement.close', {})
    const before = sha(file)
    await call('engagement.open', { path: file })
    let cancelledAt = 0
    const watch = setInterval(() => {
      const midway = events.find((e) => e.kind === 'import' && !e.finished && e.done > 0)
      if (midway && !cancelledAt) {
        cancelledAt = midway.done
        core.cancel(midway.jobId)
      }
    }, 1)
    const r = await call('import.codings', { path: bigImport(40_000) })
    clearInterval(watch)
    expect(r).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    // Cancelled after some codings were written inside the transaction: all rolled back.
    expect(cancelledAt).toBeGreaterThan(0)
    expect(await call('engagement.current', {})).toMatchObject({ ok: true, value: { counts: { codings: 0 } } })
    await call('engagement.close', {})
    expect(sha(file)).toBe(before)
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })

  it('a cancelled export writes no file, and the engagement stays byte-identical', async () => {
    const { core, call } = startCore()
    const file = await closedEngagement(call)
    const before = sha(file)
    await call('engagement.open', { path: file })
    const out = path.join(tempDir(), 'grille.qdc')
    // Cancelled as soon as it starts: the flag is read at the job's first step.
    const pending = core.call('codebook.export', { path: out, format: 'qdc' })
    expect(core.runningJobs()).toHaveLength(1)
    core.cancel(core.runningJobs()[0]!)
    expect(JSON.parse(await pending)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(fs.readdirSync(path.dirname(out))).toEqual([])
    expect(core.runningJobs()).toEqual([])
    // The same export, not cancelled, writes its file.
    expect(JSON.parse(await core.call('codebook.export', { path: out, format: 'qdc' }))).toMatchObject({ ok: true })
    expect(fs.existsSync(out)).toBe(true)
    await call('engagement.close', {})
    expect(sha(file)).toBe(before)
    // A job that ended cannot be cancelled any more.
    expect(core.cancel('job-1')).toBe(false)
  })

  it('a cancelled autocoding adds no coding and leaves no undo step', async () => {
    const { core, call } = startCore()
    await call('engagement.openDemo', { language: 'fr' })
    const codebook = (await call('codebook.get', {})).value as { codes: { id: string; key: string }[] }
    const code = codebook.codes.find((c) => c.key === 'OUT.FIND')!
    const before = (await call('engagement.current', {})).value as { counts: { codings: number } }
    const input = { matcher: { kind: 'keywords', keywords: ['outil'] }, scope: 'sentence', codeIds: [code.id] }
    const pending = core.call('autocode.apply', input)
    core.cancel(core.runningJobs()[0]!)
    expect(JSON.parse(await pending)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    const after = (await call('engagement.current', {})).value as { counts: { codings: number } }
    expect(after.counts.codings).toBe(before.counts.codings)
    expect(await call('codings.history', {})).toMatchObject({ ok: true, value: { undo: null } })
  })

  it('a cancelled diagnosis is answered at once (a read changes nothing), and the core serves the next calls', async () => {
    const { core, call, events } = startCore()
    await call('engagement.openDemo', { language: 'en' })
    const pending = core.call('diagnosis.dashboard', {})
    core.cancel(core.runningJobs()[0]!)
    expect(JSON.parse(await pending)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(events.filter((e) => e.kind === 'diagnosis').at(-1)).toMatchObject({ finished: true, cancelled: true })
    // The core's own answer to the cancelled call, arriving later, goes nowhere; the next calls are served.
    expect(await call('engagement.current', {})).toMatchObject({ ok: true, value: { counts: { respondents: 26 } } })
    expect(await call('diagnosis.dashboard', {})).toMatchObject({ ok: true, value: { diagnosis: expect.any(Object) } })
    expect(events.filter((e) => e.kind === 'diagnosis').at(-1)).toMatchObject({ finished: true, cancelled: false })
  })

  it('closing the core (a quit) folds the open engagement’s WAL back into its file, every write kept', async () => {
    const { core, call } = startCore()
    const file = await closedEngagement(call)
    await call('engagement.open', { path: file })
    expect(await call('engagement.update', { title: 'Written just before the quit' })).toMatchObject({ ok: true })
    expect(fs.existsSync(`${file}-wal`)).toBe(true)
    await Promise.all([core.close(), core.close()])
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
    const again = startCore()
    expect(await again.call('engagement.open', { path: file })).toMatchObject({
      ok: true,
      value: { info: { title: 'Written just before the quit' } },
    })
    // A call after the close is told the core is not running, never left waiting.
    expect(JSON.parse(await core.call('engagement.current', {}))).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })

  it('asks the OS keychain on the relay’s thread (Electron’s safeStorage works there only)', async () => {
    const threads: boolean[] = []
    const sealed = new Map<string, string>()
    const box: SecretBox = {
      available: () => (threads.push(isMainThread), true),
      seal: (text) => {
        threads.push(isMainThread)
        const key = crypto.randomUUID()
        sealed.set(key, text)
        return Buffer.from(key)
      },
      open: (bytes) => (threads.push(isMainThread), sealed.get(bytes.toString())!),
    }
    const { call } = startCore({ secretBox: box })
    const file = path.join(tempDir(), 'chiffree.terrain')
    const passphrase = 'quatre mots bien choisis ici'
    expect(await call('engagement.create', { path: file, language: 'fr', passphrase, remember: true })).toMatchObject({
      ok: true,
      value: { encrypted: true },
    })
    await call('engagement.close', {})
    // Kept by the keychain: the file opens without being asked.
    expect(await call('engagement.open', { path: file })).toMatchObject({ ok: true, value: { encrypted: true } })
    expect(sealed.size).toBe(1)
    expect(threads.length).toBeGreaterThanOrEqual(3)
    expect(threads.every(Boolean)).toBe(true)
  })
})

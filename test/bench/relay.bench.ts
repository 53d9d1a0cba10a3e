import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { CoreClient } from '../../electron/core/worker/core-client'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { BenchUnavailable } from './measure'
import { scaleEngagement } from './scale-engagement'

const CORE_WORKER = fileURLToPath(new URL('../../out/main/core-worker.js', import.meta.url))
const RUNS = 3

type Delay = { maxMs: number; p99Ms: number; meanMs: number; diagnosisMs: number }

/** The relaying thread's event loop while `work` runs: its longest delay, as perf_hooks samples it every 10 ms. */
async function loopDelayDuring(work: () => Promise<unknown> | unknown): Promise<Delay> {
  const h = monitorEventLoopDelay({ resolution: 10 })
  h.enable()
  // The sampling timer starts on the next turn of the loop: let it run before the work.
  await sleep(50)
  const t0 = performance.now()
  await work()
  const diagnosisMs = performance.now() - t0
  // Let the timer that was held up fire, so that a blocked loop is counted.
  await sleep(30)
  h.disable()
  const ms = (ns: number) => Math.round(ns / 1e4) / 100
  return { maxMs: ms(h.max), p99Ms: ms(h.percentile(99)), meanMs: ms(h.mean), diagnosisMs: Math.round(diagnosisMs) }
}

const worst = (runs: Delay[]): Delay => runs.reduce((a, b) => (b.maxMs > a.maxMs ? b : a))

/**
 * While the core thread diagnoses 1,000 respondents / 250,000 codings, how long the relaying
 * thread (Electron's main: windows, menus, dialogs) waits at most; and, for comparison, the same
 * diagnosis run on the relaying thread itself, as before the core had a thread of its own.
 */
export async function run(): Promise<void> {
  if (!fs.existsSync(CORE_WORKER))
    throw new BenchUnavailable('the core worker is not built: run `npx electron-vite build` first.')
  const file = scaleEngagement(1000, 250_000)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-relay-'))
  const core = new CoreClient({ workerFile: CORE_WORKER, dataDir, appVersion: 'bench', onEvent: () => undefined })
  await core.start()
  const sizes = { respondents: 1000, codings: 250_000 }
  const inWorker: Delay[] = []
  for (let i = 0; i < RUNS; i++) {
    // Opened afresh, so that the diagnosis is computed, not read from its per-state cache.
    await core.call('engagement.open', { path: file })
    inWorker.push(
      // As main does: the answer is passed on as it came, never parsed on this thread.
      await loopDelayDuring(async () => {
        const json = await core.call('diagnosis.dashboard', {})
        if (!json.startsWith('{"ok":true')) throw new Error(`the diagnosis failed: ${json.slice(0, 200)}`)
      }),
    )
    await core.call('engagement.close', {})
  }
  await core.close()
  const session = new Session({ dataDir, appVersion: 'bench' })
  const handlers = coreHandlers(session)
  const onThread: Delay[] = []
  for (let i = 0; i < RUNS; i++) {
    session.open(file)
    onThread.push(await loopDelayDuring(() => handlers['diagnosis.dashboard']({}, { emit: () => undefined })))
    session.close()
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  const line = (figure: string, d: Delay) =>
    process.stdout.write(`${JSON.stringify({ bench: 'relay', figure, sizes, runs: RUNS, ...d })}\n`)
  line('relaying thread’s longest event-loop delay while the core thread diagnoses (worst run)', worst(inWorker))
  line('the same diagnosis on the relaying thread itself, for comparison (worst run)', worst(onThread))
}

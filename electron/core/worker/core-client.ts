import { Worker } from 'node:worker_threads'
import type { CallName, EventName } from '../../../shared/api/names'
import { READ_ONLY_JOBS, type JobKind } from '../../../shared/api/events'
import type { Language } from '../../../shared/domain/groups'
import { fail, type ErrorCode } from '../../../shared/domain/terrain-error'
import { contract } from '../../../shared/api/contract'
import type { CallSpec } from '../../../shared/api/call'
import type { KnownEngagements } from '../security/path-grants'
import type { SecretBox } from '../security/passphrase-keeper'
import type { JobControl, JobTicket } from '../jobs/job-control'
import { answerKeychain, newKeychainBuffer } from './keychain-relay'
import { RelayJobs, type RelayJob } from './relay-jobs'
import type { CoreAnswer, FromCore, NativeDriverState, ReportPrintable, ToCore } from './core-protocol'

export type { RelayJob } from './relay-jobs'

export interface CoreClientOptions {
  /** The built core-worker.js (out/main/core-worker.js). */
  workerFile: string
  dataDir: string
  appVersion: string
  /** The build of better-sqlite3 the core loads (Electron's); the default one otherwise. */
  nativeBinding?: string
  /** The OS keychain, which lives on this thread; without it the core keeps no passphrase. */
  secretBox?: SecretBox
  /** Tests: an output that drifted from its schema fails the call instead of being logged. */
  failOnContractDrift?: boolean
  /** The core's events (job progress) for the window. */
  onEvent: (name: EventName, payload: unknown) => void
}

/** A call's answer: the JSON of its CallResult, and whether its job was cancelled. */
type Reply = { json: string; cancelled: boolean }
type Waiting = { resolve: (v: Reply | CoreAnswer) => void; call: boolean }

const failed = (message: string): Reply => ({
  json: JSON.stringify({ ok: false, error: { code: 'INTERNAL', message } }),
  cancelled: false,
})
const CANCELLED: Reply = {
  json: JSON.stringify({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } }),
  cancelled: true,
}
/** How long a quit waits for the core to close the engagement (a job told to stop ends at its next step). */
const CLOSE_WAIT_MS = 15_000

/**
 * The relay's handle on the core thread (core-worker.ts): Electron's main and the browser tests
 * both reach the core through it, so the path tested is the path the app takes. Calls come back
 * as JSON strings the relay passes on without reading; a long job gets a cancel flag shared with
 * the core (relay-jobs.ts), so cancelling needs no message and works while the core is busy.
 */
export class CoreClient {
  private worker: Worker | null = null
  private started: Promise<NativeDriverState> | null = null
  private closed: Promise<void> | null = null
  private nextId = 1
  private readonly waiting = new Map<number, Waiting>()
  private readonly jobs: RelayJobs
  private readonly keychain: SharedArrayBuffer | null

  constructor(private readonly o: CoreClientOptions) {
    this.keychain = o.secretBox ? newKeychainBuffer() : null
    this.jobs = new RelayJobs(o.onEvent)
  }

  /** Starts the core thread; says whether its database engine loaded. */
  start(): Promise<NativeDriverState> {
    if (this.started) return this.started
    const worker = new Worker(this.o.workerFile, {
      workerData: {
        dataDir: this.o.dataDir,
        appVersion: this.o.appVersion,
        ...(this.o.nativeBinding ? { nativeBinding: this.o.nativeBinding } : {}),
        keychain: this.keychain,
        ...(this.o.failOnContractDrift ? { failOnContractDrift: true } : {}),
      },
    })
    this.worker = worker
    this.started = new Promise((resolve) => {
      worker.on('message', (m: FromCore) => {
        if (m.kind === 'ready') resolve(m.driver)
        else this.receive(m)
      })
      const gone = (why: string) => {
        resolve({ ok: false, problem: 'unloadable', detail: why })
        this.coreStopped(why)
      }
      worker.on('error', (e) => gone(e.stack ?? e.message))
      worker.on('exit', (code) => gone(`the core thread exited (${code})`))
    })
    return this.started
  }

  /** A contract call served by the core, answered as the JSON of its CallResult. */
  async call(name: CallName, input: unknown): Promise<string> {
    const kind = (contract[name] as CallSpec | undefined)?.job
    const job = kind ? this.jobs.open(kind) : undefined
    let cancelled = false
    try {
      const reply = (await this.send({ kind: 'call', name, input, ...(job ? { job } : {}) }, job)) as Reply
      cancelled = reply.cancelled
      return reply.json
    } finally {
      if (job) this.jobs.close(job, cancelled)
    }
  }

  /** A job for a call served on this side (the shell's report printing): progress and cancel as for the core's. */
  startJob(kind: JobKind): RelayJob {
    return this.jobs.local(kind)
  }

  /** The jobs under way, oldest first. */
  runningJobs(): string[] {
    return this.jobs.ids()
  }

  /** Raises a job's cancel flag; false when no such job runs. */
  cancel(jobId: string): boolean {
    return this.jobs.cancel(jobId)
  }

  /** The engagements the core knows (open and recent): which files a call may name. */
  async known(): Promise<KnownEngagements> {
    return (await this.ask({ kind: 'known' })) as KnownEngagements
  }

  /** The report's HTML to print, with the names gate applied, built in the core. */
  async printable(language: Language, allowNames: boolean, job?: JobControl): Promise<ReportPrintable> {
    return (await this.ask({
      kind: 'printable',
      language,
      allowNames,
      ...(job?.ticket ? { job: job.ticket } : {}),
    })) as ReportPrintable
  }

  /**
   * Closes the open engagement (its WAL folded back into the file) and stops the core thread; the
   * same promise however often it is asked (a second quit waits for the first). A job under way is
   * told to stop first, so the close does not wait behind a long import.
   */
  close(): Promise<void> {
    this.closed ??= (async () => {
      const worker = this.worker
      if (!worker) return
      this.jobs.cancelAll()
      const id = this.nextId++
      const answered = new Promise<unknown>((resolve) => this.waiting.set(id, { resolve, call: false }))
      worker.postMessage({ kind: 'close', id } satisfies ToCore)
      await Promise.race([answered, new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())])
      this.worker = null
      await worker.terminate()
    })()
    return this.closed
  }

  private async send(m: DistributiveOmit<ToCore, 'id'>, job?: JobTicket): Promise<Reply | CoreAnswer> {
    const driver = await this.start()
    if (!driver.ok || !this.worker || this.closed)
      return m.kind === 'call'
        ? failed('Terrain’s core is not running. Quit Terrain and start it again.')
        : { ok: false, error: { code: 'INTERNAL', message: 'Terrain’s core is not running.' } }
    const id = this.nextId++
    if (job && READ_ONLY_JOBS.includes(job.kind)) this.jobs.answerOnCancel(job, () => this.settle(id, CANCELLED))
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve, call: m.kind === 'call' })
      this.worker!.postMessage({ ...m, id } as ToCore)
    })
  }

  private async ask(m: DistributiveOmit<Exclude<ToCore, { kind: 'call' }>, 'id'>): Promise<unknown> {
    const a = (await this.send(m)) as CoreAnswer
    if (a.ok) return a.value
    if (a.error.code === 'INTERNAL') throw new Error(a.error.message)
    return fail(a.error.code as ErrorCode, a.error.message, a.error.subject)
  }

  private receive(m: FromCore): void {
    switch (m.kind) {
      case 'reply':
        this.settle(m.id, { json: m.json, cancelled: m.cancelled })
        return
      case 'answer':
        this.settle(m.id, m.answer)
        return
      case 'event': {
        if (m.name === 'job.progress') {
          const p = m.payload as { jobId: string; kind: JobKind; done: number; total: number }
          this.jobs.progress({ id: p.jobId, kind: p.kind }, p.done, p.total)
        } else this.o.onEvent(m.name as EventName, m.payload)
        return
      }
      case 'keychain':
        if (this.keychain) answerKeychain(this.keychain, this.o.secretBox, m.op, m.data, m.seq)
        return
    }
  }

  private settle(id: number, value: Reply | CoreAnswer): void {
    const w = this.waiting.get(id)
    this.waiting.delete(id)
    w?.resolve(value)
  }

  /** The core thread died: every call waiting is told so (what it committed before stays committed). */
  private coreStopped(why: string): void {
    if (!this.closed) console.error(`Terrain: the core stopped: ${why}`)
    this.worker = null
    const message = 'Terrain’s core stopped; what was saved is safe. Quit Terrain and start it again.'
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id)
      w.resolve(w.call ? failed(message) : { ok: false, error: { code: 'INTERNAL', message } })
    }
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

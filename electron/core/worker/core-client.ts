import { Worker } from 'node:worker_threads'
import type { EventName } from '../../../shared/api/names'
import { READ_ONLY_JOBS, type JobKind } from '../../../shared/api/events'
import type { Language } from '../../../shared/domain/groups'
import { fail, type ErrorCode } from '../../../shared/domain/terrain-error'
import { contract } from '../../../shared/api/contract'
import type { CallName } from '../../../shared/api/names'
import type { CallSpec } from '../../../shared/api/call'
import type { KnownEngagements } from '../security/path-grants'
import type { SecretBox } from '../security/passphrase-keeper'
import { flaggedJob, newCancelFlag, raiseCancelFlag, type JobControl, type JobTicket } from '../jobs/job-control'
import { answerKeychain, newKeychainBuffer } from './keychain-relay'
import type { CoreAnswer, FromCore, NativeDriverState, ReportPrintable, ToCore } from './core-protocol'

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

/** A job the relay started for a call: its control for the shell's part, and its end. */
export interface RelayJob {
  control: JobControl
  end(cancelled: boolean): void
}

/** How a call's JSON answer starts when its job was cancelled (dispatch writes ok, then error's code, first). */
const CANCELLED_ANSWER = '{"ok":false,"error":{"code":"CANCELLED"'

type Waiting = { resolve: (v: string | CoreAnswer) => void }

/** What a cancelled call answers. */
const CANCELLED_JSON = JSON.stringify({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } })

const stopped = (message: string): string => JSON.stringify({ ok: false, error: { code: 'INTERNAL', message } })

/**
 * The relay's handle on the core thread (core-worker.ts): Electron's main and the browser tests
 * both reach the core through it, so the path tested is the path the app takes. Calls come back
 * as JSON strings the relay passes on without reading; a long job gets a cancel flag shared with
 * the core, so cancelling needs no message and works while the core is busy.
 */
export class CoreClient {
  private worker: Worker | null = null
  private started: Promise<NativeDriverState> | null = null
  private nextId = 1
  private nextJob = 1
  private readonly waiting = new Map<number, Waiting>()
  private readonly jobs = new Map<string, JobTicket>()
  /** The calls of read jobs by job: cancelled, they are answered at once (the core's late answer is dropped). */
  private readonly readCalls = new Map<string, number>()
  private readonly keychain: SharedArrayBuffer | null
  private closing = false

  constructor(private readonly o: CoreClientOptions) {
    this.keychain = o.secretBox ? newKeychainBuffer() : null
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
    const job = kind ? this.ticket(kind) : undefined
    let json = ''
    try {
      const asRead = job && READ_ONLY_JOBS.includes(job.kind) ? job : undefined
      json = (await this.send({ kind: 'call', name, input, ...(job ? { job } : {}) }, asRead)) as string
      return json
    } finally {
      if (job) this.endJob(job, json.startsWith(CANCELLED_ANSWER))
    }
  }

  /** A job for a call served on this side (the shell's report printing): progress and cancel as for the core's. */
  startJob(kind: JobKind): RelayJob {
    const ticket = this.ticket(kind)
    const control = flaggedJob(ticket, (done, total) =>
      this.o.onEvent('job.progress', { jobId: ticket.id, kind, done, total, finished: false }),
    )
    return { control, end: (cancelled) => this.endJob(ticket, cancelled) }
  }

  /** The jobs under way, oldest first. */
  runningJobs(): string[] {
    return [...this.jobs.keys()]
  }

  /** Raises a job's cancel flag; false when no such job runs. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job) return false
    raiseCancelFlag(job.flag)
    // A read changes nothing: the window need not wait for the core to reach its next step.
    const readCall = this.readCalls.get(jobId)
    if (readCall !== undefined) this.settle(readCall, CANCELLED_JSON)
    return true
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

  /** Closes the open engagement (its WAL folded back) and stops the core thread. */
  async close(): Promise<void> {
    if (!this.worker || this.closing) return
    this.closing = true
    await this.ask({ kind: 'close' }).catch(() => undefined)
    await this.worker.terminate()
    this.worker = null
  }

  private ticket(kind: JobKind): JobTicket {
    const ticket = { id: `job-${this.nextJob++}`, kind, flag: newCancelFlag() }
    this.jobs.set(ticket.id, ticket)
    return ticket
  }

  private endJob(ticket: JobTicket, cancelled: boolean): void {
    this.jobs.delete(ticket.id)
    this.readCalls.delete(ticket.id)
    this.o.onEvent('job.progress', {
      jobId: ticket.id,
      kind: ticket.kind,
      done: 1,
      total: 1,
      finished: true,
      cancelled,
    })
  }

  private async send(m: DistributiveOmit<ToCore, 'id'>, readJob?: JobTicket): Promise<string | CoreAnswer> {
    const driver = await this.start()
    if (!driver.ok || !this.worker || this.closing)
      return m.kind === 'call'
        ? stopped('Terrain’s core is not running. Quit Terrain and start it again.')
        : { ok: false, error: { code: 'INTERNAL', message: 'Terrain’s core is not running.' } }
    const id = this.nextId++
    if (readJob) this.readCalls.set(readJob.id, id)
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve })
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
        this.settle(m.id, m.json)
        return
      case 'answer':
        this.settle(m.id, m.answer)
        return
      case 'event':
        this.o.onEvent(m.name as EventName, m.payload)
        return
      case 'keychain':
        if (this.keychain) answerKeychain(this.keychain, this.o.secretBox, m.op, m.data)
        return
    }
  }

  private settle(id: number, value: string | CoreAnswer): void {
    const w = this.waiting.get(id)
    this.waiting.delete(id)
    w?.resolve(value)
  }

  /** The core thread died: every call waiting is told so (what it committed before stays committed). */
  private coreStopped(why: string): void {
    if (this.closing) return
    console.error(`Terrain: the core stopped: ${why}`)
    this.worker = null
    const message = 'Terrain’s core stopped; what was saved is safe. Quit Terrain and start it again.'
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id)
      w.resolve(stopped(message))
    }
  }
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

/**
 * The core thread: SQLite, the handlers and the long jobs, off Electron's main thread (which only
 * relays, core-client.ts). The same contract and the same validation (dispatch) as ever; results
 * go back as JSON, progress as events, and a job stops when its shared cancel flag is raised.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { Session } from '../session'
import { coreHandlers } from '../handlers/core-handlers'
import { dispatch, failOnMismatch } from '../handlers/dispatch'
import type { Handlers } from '../handlers/handler'
import { useNativeBinding } from '../db/connection'
import { tryNativeBinding } from '../db/native-driver'
import { knownEngagements } from '../security/path-grants'
import { reportHtml, type ReportStep } from '../report/export-report'
import { refuseNamesUnlessAllowed } from '../report/names-gate'
import { flaggedJob, type JobTicket } from '../jobs/job-control'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { contract } from '../../../shared/api/contract'
import { isCallName } from '../../../shared/api/names'
import type { CallResult, CallSpec } from '../../../shared/api/call'
import { keychainThroughRelay } from './keychain-relay'
import type { CoreAnswer, CoreWorkerData, FromCore, NativeDriverState, ToCore } from './core-protocol'

const port = parentPort
if (!port) throw new Error('core-worker runs as a worker thread.')
const data = workerData as CoreWorkerData
const post = (m: FromCore): void => port.postMessage(m)
const emit = (name: string, payload: unknown): void => post({ kind: 'event', name, payload })

/** A job's control in this thread: its progress goes to the relay as job.progress events. */
const jobOf = (ticket: JobTicket | undefined) =>
  ticket &&
  flaggedJob(ticket, (done, total) =>
    emit('job.progress', { jobId: ticket.id, kind: ticket.kind, done, total, finished: false }),
  )

function loadDriver(): NativeDriverState {
  if (!data.nativeBinding) return { ok: true }
  const driver = tryNativeBinding(data.nativeBinding)
  if (!driver.ok) return { ok: false, problem: driver.problem, detail: driver.detail }
  useNativeBinding(driver.binding)
  return { ok: true }
}

function serve(): void {
  const session = new Session({
    dataDir: data.dataDir,
    appVersion: data.appVersion,
    ...(data.keychain
      ? { secretBox: keychainThroughRelay(data.keychain, (op, d, seq) => post({ kind: 'keychain', op, data: d, seq })) }
      : {}),
  })
  const handlers = coreHandlers(session) as Handlers

  const call = async (m: Extract<ToCore, { kind: 'call' }>): Promise<CallResult<unknown>> => {
    // The shell's calls (dialogs, printing) are main's: one reaching here is a relay's mistake.
    if (isCallName(m.name) && (contract[m.name] as CallSpec).shell)
      return { ok: false, error: { code: 'INTERNAL', message: `${m.name} is served by the shell.` } }
    const job = jobOf(m.job)
    const result = await dispatch(
      handlers,
      m.name,
      m.input,
      { emit: emit as never, changes: () => session.takeChanges(), ...(job ? { job } : {}) },
      data.failOnContractDrift
        ? failOnMismatch
        : (name, error) => console.error(`Terrain: ${name} output drifted from the contract`, error),
    )
    return result
  }

  /** The report's HTML for main to print (Electron's printToPDF lives there): the first 60 % of the job. */
  const printable = (m: Extract<ToCore, { kind: 'printable' }>) => {
    const job = jobOf(m.job)
    const onProgress = (step: ReportStep, done: number, total: number) =>
      job?.step(step === 'gather' ? done * 10 : 10 + Math.round((50 * done) / Math.max(total, 1)), 100)
    const { html, doc } = reportHtml(session.requireEngagement(), m.language, { forPrint: true, onProgress })
    refuseNamesUnlessAllowed(doc, m.allowNames)
    return { html, warnings: doc.warnings }
  }

  const answer = async (id: number, work: () => unknown): Promise<void> => {
    let a: CoreAnswer
    try {
      a = { ok: true, value: (await work()) as never }
    } catch (e) {
      a =
        e instanceof TerrainError
          ? { ok: false, error: { code: e.code, message: e.message, ...(e.subject ? { subject: e.subject } : {}) } }
          : { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } }
    }
    post({ kind: 'answer', id, answer: a })
  }

  port!.on('message', (m: ToCore) => {
    switch (m.kind) {
      case 'call':
        void call(m).then((r) =>
          post({ kind: 'reply', id: m.id, json: JSON.stringify(r), cancelled: !r.ok && r.error.code === 'CANCELLED' }),
        )
        return
      case 'known':
        void answer(m.id, () => knownEngagements(session))
        return
      case 'printable':
        void answer(m.id, () => printable(m))
        return
      case 'close':
        // Every write is committed already; closing folds the WAL back into the engagement file.
        void answer(m.id, () => {
          session.close()
          return null
        })
        return
    }
  })
}

const driver = loadDriver()
if (driver.ok) serve()
post({ kind: 'ready', driver })

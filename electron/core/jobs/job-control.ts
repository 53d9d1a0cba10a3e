import { fail } from '../../../shared/domain/terrain-error'
import type { JobKind } from '../../../shared/api/events'

/** A job's identity and its cancel flag: what the relay and the core thread share about it. */
export interface JobTicket {
  id: string
  kind: JobKind
  flag: SharedArrayBuffer
}

/**
 * What a long job sees of the one who started it: it says how far it is, and learns there that the
 * user cancelled. The cancellation is a CANCELLED TerrainError thrown from `step`, so a job that
 * steps inside its transaction is rolled back whole: nothing half-written.
 */
export interface JobControl {
  readonly id: string
  /** Where the job is shared between threads (a report built in the core, printed by main). */
  readonly ticket?: JobTicket
  /** Reports progress, and throws CANCELLED once the user cancelled. */
  step(done: number, total: number): void
  /** Throws CANCELLED once the user cancelled (before a write that cannot be undone). */
  check(): void
}

/** A job nobody watches or cancels: the command line, and calls made outside the relay. */
export const UNWATCHED_JOB: JobControl = { id: 'unwatched', step: () => undefined, check: () => undefined }

export const cancelledJob = (): never => fail('CANCELLED', 'Cancelled: nothing was written.')

/** The flag a relay and the core share: one 32-bit word, set to 1 to cancel, read without a message. */
export const newCancelFlag = (): SharedArrayBuffer => new SharedArrayBuffer(4)
export const raiseCancelFlag = (flag: SharedArrayBuffer): void => void Atomics.store(new Int32Array(flag), 0, 1)
export const isCancelFlagRaised = (flag: SharedArrayBuffer): boolean => Atomics.load(new Int32Array(flag), 0) === 1

/** Progress reports at most this often: a job of a million steps sends a few dozen messages. */
const REPORT_EVERY_MS = 100

/**
 * A job watched through a shared cancel flag: `report` is called with its progress (throttled,
 * first and last always) and the flag is read at every step, which costs an atomic load.
 */
export function flaggedJob(
  ticket: JobTicket,
  report: (done: number, total: number) => void,
  now: () => number = Date.now,
): JobControl {
  const word = new Int32Array(ticket.flag)
  let last = -Infinity
  const check = (): void => {
    if (Atomics.load(word, 0) === 1) cancelledJob()
  }
  return {
    id: ticket.id,
    ticket,
    check,
    step(done, total) {
      // The last step says the work is done (an import's is told after its commit): nothing is
      // left to cancel, and saying "nothing was written" then would be false.
      if (done < total) check()
      const t = now()
      if (done === 0 || done >= total || t - last >= REPORT_EVERY_MS) {
        last = t
        report(done, total)
      }
    },
  }
}

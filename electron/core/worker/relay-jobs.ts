import type { EventName } from '../../../shared/api/names'
import type { JobKind } from '../../../shared/api/events'
import { flaggedJob, newCancelFlag, raiseCancelFlag, type JobControl, type JobTicket } from '../jobs/job-control'

/** A job the relay started for a call served on its side: its control, and its end. */
export interface RelayJob {
  control: JobControl
  end(cancelled: boolean): void
}

/**
 * The long jobs under way, on the relay's side: each a ticket whose cancel flag the core reads.
 * A job's progress reaches the window only while it runs (a late report of one that ended, or was
 * cancelled and answered already, is dropped), and its end is said once, with how it ended.
 */
export class RelayJobs {
  private next = 1
  private readonly running = new Map<string, JobTicket>()
  /** The calls of read-only jobs: cancelled, they are answered at once (relay-call's caller). */
  private readonly reads = new Map<string, () => void>()

  constructor(private readonly emit: (name: EventName, payload: unknown) => void) {}

  open(kind: JobKind): JobTicket {
    const ticket = { id: `job-${this.next++}`, kind, flag: newCancelFlag() }
    this.running.set(ticket.id, ticket)
    return ticket
  }

  /** A job run on this side (the shell's report printing), with its progress sent as the core's is. */
  local(kind: JobKind): RelayJob {
    const ticket = this.open(kind)
    const control = flaggedJob(ticket, (done, total) => this.progress(ticket, done, total))
    return { control, end: (cancelled) => this.close(ticket, cancelled) }
  }

  /** How far a running job is; nothing for one that ended. */
  progress(ticket: Pick<JobTicket, 'id' | 'kind'>, done: number, total: number): void {
    if (!this.running.has(ticket.id)) return
    this.emit('job.progress', { jobId: ticket.id, kind: ticket.kind, done, total, finished: false })
  }

  /** A read-only job's call can be answered at once when cancelled: this does it. */
  answerOnCancel(ticket: JobTicket, answer: () => void): void {
    this.reads.set(ticket.id, answer)
  }

  close(ticket: JobTicket, cancelled: boolean): void {
    if (!this.running.delete(ticket.id)) return
    this.reads.delete(ticket.id)
    this.emit('job.progress', { jobId: ticket.id, kind: ticket.kind, done: 1, total: 1, finished: true, cancelled })
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId)
    if (!job) return false
    raiseCancelFlag(job.flag)
    // A read changes nothing: the window need not wait for the core to reach its next step.
    this.reads.get(jobId)?.()
    return true
  }

  /** Every job told to stop (the app is quitting). */
  cancelAll(): void {
    for (const job of this.running.values()) raiseCancelFlag(job.flag)
  }

  ids(): string[] {
    return [...this.running.keys()]
  }

  isRunning(jobId: string): boolean {
    return this.running.has(jobId)
  }
}

import type { CallName, EventName } from '../../../shared/api/names'
import type { CallOutput, CoreCallName, ParsedInput, ShellCallName } from '../../../shared/api/contract'
import type { EventPayload } from '../../../shared/api/events'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'

export interface HandlerContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** What the calls changed since last asked (Session.takeChanges), where a window refreshes. */
  changes?: () => readonly string[]
  /** For a call the contract marks as a job: its progress and cancellation (UNWATCHED_JOB without). */
  job?: JobControl
}

/** The call's job, or one nobody watches (a call outside the relay: the command line, tests). */
export const jobOf = (ctx: HandlerContext): JobControl => ctx.job ?? UNWATCHED_JOB

export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  ctx: HandlerContext,
) => CallOutput<K> | Promise<CallOutput<K>>

export type CoreHandlers = { [K in CoreCallName]: Handler<K> }
export type ShellHandlers = { [K in ShellCallName]: Handler<K> }
export type Handlers = CoreHandlers & ShellHandlers

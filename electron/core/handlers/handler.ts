import type { CallName, EventName } from '../../../shared/api/names'
import type { CallOutput, CoreCallName, ParsedInput, ShellCallName } from '../../../shared/api/contract'
import type { EventPayload } from '../../../shared/api/events'

export interface HandlerContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** What the calls changed since last asked (Session.takeChanges), where a window refreshes. */
  changes?: () => readonly string[]
}

export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  ctx: HandlerContext,
) => CallOutput<K> | Promise<CallOutput<K>>

export type CoreHandlers = { [K in CoreCallName]: Handler<K> }
export type ShellHandlers = { [K in ShellCallName]: Handler<K> }
export type Handlers = CoreHandlers & ShellHandlers

import { contract } from '../../../shared/api/contract'
import { isCallName } from '../../../shared/api/names'
import type { CallSpec } from '../../../shared/api/call'
import { dispatch, type OutputMismatch } from '../handlers/dispatch'
import type { Handlers, ShellHandlers } from '../handlers/handler'
import { mayNameFile, type PathGrants } from '../security/path-grants'
import type { CoreClient } from './core-client'

/** What the desktop shell serves itself (dialogs, printing, the flush handshake); jobs.cancel is the relay's. */
export type DesktopShell = Omit<ShellHandlers, 'jobs.cancel'>

export interface Relay {
  core: CoreClient
  shell: DesktopShell
  grants: PathGrants
  onOutputMismatch?: OutputMismatch
}

const refusal = (code: string, message: string): string => JSON.stringify({ ok: false, error: { code, message } })

/**
 * One call from the page, relayed: a file the user did not choose for this call is refused before
 * anything runs; the shell's calls run here, every other goes to the core thread. The answer is
 * the JSON of a CallResult, which the preload parses: this thread never walks a large result.
 */
export async function relayCall(r: Relay, name: unknown, input: unknown): Promise<string> {
  if (!isCallName(name)) return refusal('INVALID_INPUT', `Unknown call ${String(name)}.`)
  const spec = contract[name] as CallSpec
  if (spec.file) {
    let known
    try {
      known = await r.core.known()
    } catch (e) {
      return refusal('INTERNAL', e instanceof Error ? e.message : String(e))
    }
    if (!mayNameFile(name, input, r.grants, known))
      return refusal('FORBIDDEN', 'This file was not chosen by the user for this.')
  }
  if (!spec.shell) return r.core.call(name, input)
  const job = spec.job ? r.core.startJob(spec.job) : undefined
  const handlers: ShellHandlers = { ...r.shell, 'jobs.cancel': ({ jobId }) => r.core.cancel(jobId) }
  let cancelled = false
  try {
    const emit = () => undefined
    const result = await dispatch(
      handlers as unknown as Handlers,
      name,
      input,
      { emit, ...(job ? { job: job.control } : {}) },
      r.onOutputMismatch,
    )
    cancelled = !result.ok && result.error.code === 'CANCELLED'
    return JSON.stringify(result)
  } finally {
    job?.end(cancelled)
  }
}

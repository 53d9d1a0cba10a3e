import { contract } from '../../../shared/api/contract'
import { isCallName } from '../../../shared/api/names'
import type { CallResult, CallSpec } from '../../../shared/api/call'
import { TerrainError } from '../../../shared/domain/terrain-error'
import type { Handler, HandlerContext, Handlers } from './handler'
import { hasUnstorableText, wellFormedInput } from './well-formed-input'
import { APP_CHANGES } from '../../../shared/api/reads'

export type OutputMismatch = (name: string, error: Error) => void

/** Tests and the CLI: a handler's output that does not match its schema is a failure. */
export const failOnMismatch: OutputMismatch = (name, error) => {
  throw new Error(`The output of ${name} does not match the contract: ${error.message}`)
}

/**
 * The one way into the handlers, for Electron's IPC and the browser tests alike: the name must be
 * a contract call, the input must match its schema, and every failure becomes a typed error.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
  ctx: HandlerContext,
  onOutputMismatch: OutputMismatch = failOnMismatch,
): Promise<CallResult<unknown>> {
  if (!isCallName(name))
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Unknown call ${String(name)}.` } }
  const spec = contract[name]
  const parsed = spec.input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}.` },
    }
  }
  // A path is never rewritten (it would name another file): one that no file system holds is refused.
  const file = (spec as CallSpec).file
  const named = file ? (parsed.data as Record<string, unknown>)[file.field] : undefined
  if (typeof named === 'string' && hasUnstorableText(named))
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `Invalid input for ${name}: the file path holds a NUL or a broken character.`,
      },
    }
  try {
    const handler = handlers[name] as Handler<typeof name>
    const value = await handler(wellFormedInput(parsed.data) as never, ctx)
    // The work is done (and committed) by now: a value that drifted from its schema is a bug to
    // report, not a failure to show the user.
    const checked = spec.output.safeParse(value)
    if (!checked.success) onOutputMismatch(name, checked.error)
    // What the window must read again: the tables written, and the app's files this call changes.
    const changed = [...(ctx.changes?.() ?? []), ...(APP_CHANGES[name] ?? [])]
    return { ok: true, value: checked.success ? checked.data : value, ...(changed.length ? { changed } : {}) }
  } catch (e) {
    if (e instanceof TerrainError) {
      const { code, message, subject, problems } = e
      return {
        ok: false,
        error: { code, message, ...(subject ? { subject } : {}), ...(problems ? { problems: [...problems] } : {}) },
      }
    }
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, error: { code: 'INTERNAL', message } }
  }
}

import { languageOf, translator, type Translator } from '../../shared/i18n/translate'
import type { MessageKey, Params } from '../../shared/i18n/translate'

/** A mistake in how the command was called: one line on stderr and exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key)
  }
}

export interface CliIO {
  out: (text: string) => void
  err: (text: string) => void
  /** True when stderr is a terminal: progress redraws one line instead of printing many. */
  interactive: boolean
  /** Asks on the terminal without echoing what is typed; absent when stdin is not a terminal. */
  ask?: (prompt: string) => Promise<string>
}

export interface CliContext extends CliIO {
  tr: Translator
  /** Terrain's version, where a command writes it into a file (a .qdc's origin). */
  version?: string
  /** The environment, where a passphrase may be given (TERRAIN_PASSPHRASE). */
  env?: NodeJS.ProcessEnv
}

export function cliContext(io: CliIO, env: NodeJS.ProcessEnv): CliContext {
  return { ...io, env, tr: translator(languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG)) }
}

/** Progress on stderr, at most one line per percent, so that stdout stays machine-readable. */
export function progressReporter(ctx: CliContext, label: MessageKey): (done: number, total: number) => void {
  let last = -1
  return (done, total) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100
    if (pct === last && done !== total) return
    last = pct
    const line = ctx.tr.t('cli.progress', { label: ctx.tr.t(label), done, total })
    if (ctx.interactive) ctx.err(`\r${line}${done === total ? '\n' : ''}`)
    else if (done === total || pct % 10 === 0) ctx.err(`${line}\n`)
  }
}

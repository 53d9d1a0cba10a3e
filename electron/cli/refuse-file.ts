import type { MessageKey } from '../../shared/i18n/translate'
import type { FileProblem } from '../core/import/problem-list'
import { UsageError, type CliContext } from './cli-context'

/** How many problems are printed before "… and N more". */
const LISTED = 20

/**
 * A refused import on stderr: one line per problem (the first ones), then the verdict as the usage
 * error that exits with 2. A file refused for one reason as a whole is that one line alone.
 * `total` counts the problems the refusal did not keep too (see RefusedFile).
 */
export function refuseFile(
  ctx: CliContext,
  err: { file: string; problems: readonly FileProblem<MessageKey>[]; total: number },
  keys: { failed: MessageKey; more: string },
): never {
  const [only] = err.problems
  if (err.total === 1 && only && only.line === null) throw new UsageError(only.key, only.params)
  for (const p of err.problems.slice(0, LISTED)) ctx.err(`${ctx.tr.t(p.key, p.params)}\n`)
  const more = err.total - LISTED
  if (more > 0) ctx.err(`${ctx.tr.tn(keys.more, more)}\n`)
  throw new UsageError(keys.failed, { file: err.file, count: err.total })
}

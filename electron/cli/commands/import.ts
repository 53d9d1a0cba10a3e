import type { ImportSummary } from '../../../shared/api/imports'
import { openEngagementFile } from '../../core/engagement/open-engagement'
import { ImportError, importCodingsTable, readCodingsTable } from '../../core/import/import-codings'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, progressReporter, type CliContext } from '../cli-context'

/** How many problems are printed before "… and N more". */
const LISTED = 20

/**
 * Imports coded excerpts from a CSV or XLSX file into an engagement, all or nothing. The file is
 * read before the engagement is opened for writing, so an unreadable file leaves it untouched.
 * Problems go to stderr one per line, then exit code 2; stdout stays empty unless --json.
 */
export function importCommand(args: string[], ctx: CliContext): void {
  const { values, positionals } = parseCommand('import', args, {
    codings: { type: 'string' },
    json: { type: 'boolean' },
  })
  const file = requireFile('import', positionals)
  if (values.codings === undefined)
    throw new UsageError('cli.missingOption', { command: 'import', option: '--codings <path>' })
  let summary: ImportSummary
  try {
    const table = readCodingsTable(String(values.codings))
    const e = openEngagementFile(file)
    try {
      summary = importCodingsTable(e, table, { onProgress: progressReporter(ctx, 'import.cli.progress') })
    } finally {
      e.close()
    }
  } catch (err) {
    if (err instanceof ImportError) refuse(ctx, err)
    throw err
  }
  ctx.err(
    `${ctx.tr.t('import.cli.done', {
      file: summary.file,
      excerpts: summary.excerpts,
      codings: summary.codings,
      documents: summary.documents,
      respondents: summary.respondentsCreated,
      questions: summary.questionsCreated,
      coders: summary.codersCreated,
    })}\n`,
  )
  if (values.json) ctx.out(`${JSON.stringify(summary, null, 2)}\n`)
}

/** One line per problem (the first ones), then the verdict as the usage error that exits with 2. */
function refuse(ctx: CliContext, err: ImportError): never {
  const [only] = err.problems
  if (err.problems.length === 1 && only && only.line === null) throw new UsageError(only.key, only.params)
  for (const p of err.problems.slice(0, LISTED)) ctx.err(`${ctx.tr.t(p.key, p.params)}\n`)
  const more = err.problems.length - LISTED
  if (more > 0) ctx.err(`${ctx.tr.tn('import.cli.more', more)}\n`)
  throw new UsageError('import.cli.failed', { file: err.file, count: err.problems.length })
}

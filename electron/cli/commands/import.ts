import type { ImportSummary } from '../../../shared/api/imports'
import { openEngagementFile } from '../../core/engagement/open-engagement'
import { LimitRefusal } from '../../core/files/refuse-limit'
import { ImportError, importCodingsTable, openCodingsTable } from '../../core/import/import-codings'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, progressReporter, type CliContext } from '../cli-context'
import { refuseFile } from '../refuse-file'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/**
 * Imports coded excerpts from a CSV or XLSX file into an engagement, all or nothing. The file is
 * opened (found, within the size limit, text, its separator read) before the engagement is opened
 * for writing, so an unreadable file leaves it untouched; its rows stream from disk as they are
 * checked, and nothing is written unless every one is good.
 * Problems go to stderr one per line, then exit code 2; stdout stays empty unless --json.
 */
export async function importCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('import', args, {
    codings: { type: 'string' },
    json: { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  })
  const file = requireFile('import', positionals)
  if (values.codings === undefined)
    throw new UsageError('cli.missingOption', { command: 'import', option: '--codings <path>' })
  const passphrase = await passphraseFor(file, values, ctx)
  let summary: ImportSummary
  try {
    const table = openCodingsTable(String(values.codings))
    const e = openEngagementFile(file, { passphrase })
    try {
      summary = importCodingsTable(e, table, { onProgress: progressReporter(ctx, 'import.cli.progress') })
    } finally {
      e.close()
    }
  } catch (err) {
    if (err instanceof ImportError || err instanceof LimitRefusal)
      refuseFile(ctx, err, { failed: 'import.cli.failed', more: 'import.cli.more' })
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

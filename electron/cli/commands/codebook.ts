import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { openEngagementFile } from '../../core/engagement/open-engagement'
import { codebookFormatOf } from '../../core/codebook-transfer/codebook-format'
import { exportCodebook } from '../../core/codebook-transfer/export-codebook'
import { CodebookImportError, importIncomingCodebook } from '../../core/codebook-transfer/import-codebook'
import { readCodebookFile } from '../../core/codebook-transfer/read-codebook-file'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { refuseFile } from '../refuse-file'
import { LimitRefusal } from '../../core/files/refuse-limit'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/**
 * Exports an engagement's codebook (reading only) or imports one into it. The file to import is
 * read and checked before the engagement is opened for writing: a refused file leaves it untouched.
 */
export async function codebookCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('codebook', args, {
    export: { type: 'string' },
    import: { type: 'string' },
    json: { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  })
  const file = requireFile('codebook', positionals)
  if ((values.export === undefined) === (values.import === undefined))
    throw new UsageError('codebookTransfer.cli.oneAction')
  const passphrase = await passphraseFor(file, values, ctx)
  if (values.export !== undefined) return exportTo(file, String(values.export), ctx, passphrase)
  importFrom(file, String(values.import), ctx, Boolean(values.json), passphrase)
}

function exportTo(file: string, out: string, ctx: CliContext, passphrase: string | undefined): void {
  const format = codebookFormatOf(out)
  // A project (.qde, .qdpx) is read for its codebook, never written as one.
  if (format === null || /\.(qde|qdpx)$/i.test(out))
    throw new UsageError('codebookTransfer.cli.badFormat', { option: '--export', value: out })
  checkEngagementFile(file, passphrase)
  const summary = withReadOnly(
    file,
    (db) => exportCodebook(new Engagement(db, file), out, format, `Terrain ${ctx.version ?? ''}`.trim()),
    passphrase,
  )
  ctx.err(`${ctx.tr.t('codebookTransfer.exported', { codes: summary.codes, families: summary.families, file: out })}\n`)
}

function importFrom(
  file: string,
  source: string,
  ctx: CliContext,
  json: boolean,
  passphrase: string | undefined,
): void {
  checkEngagementFile(file, passphrase)
  const language = withReadOnly(file, (db) => new Engagement(db, file).info.get().language, passphrase)
  try {
    const incoming = readCodebookFile(source, language)
    const e = openEngagementFile(file, { passphrase })
    try {
      const s = importIncomingCodebook(e, incoming)
      ctx.err(
        `${ctx.tr.t('codebookTransfer.imported', {
          file: s.file,
          added: s.codes.added,
          updated: s.codes.updated,
          unchanged: s.codes.unchanged,
          families: s.families.added,
        })}\n`,
      )
      if (json) ctx.out(`${JSON.stringify(s, null, 2)}\n`)
    } finally {
      e.close()
    }
  } catch (err) {
    if (err instanceof CodebookImportError || err instanceof LimitRefusal)
      refuseFile(ctx, err, { failed: 'codebookTransfer.failed', more: 'codebookTransfer.more' })
    throw err
  }
}

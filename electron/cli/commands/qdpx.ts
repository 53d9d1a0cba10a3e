import path from 'node:path'
import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { exportQdpx } from '../../core/refi-qda/export-qdpx'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { NEW_FILE_OPTIONS, passphraseFor } from '../passphrase'
import { qdpxImport } from './qdpx-import'

/**
 * The engagement as a REFI-QDA project (.qdpx) for other QDA tools, reading only. A text that names
 * a respondent is listed and stops the export unless --allow-names. With --import, a new
 * engagement from a project instead (qdpx-import.ts).
 */
export async function qdpxCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('qdpx', args, {
    export: { type: 'string' },
    import: { type: 'string' },
    'allow-names': { type: 'boolean' },
    'group-variable': { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    ...NEW_FILE_OPTIONS,
  })
  const file = requireFile('qdpx', positionals)
  if ((values.export === undefined) === (values.import === undefined)) throw new UsageError('qdpxImport.cli.oneAction')
  if (values.import !== undefined) return qdpxImport(file, String(values.import), values, ctx)
  const out = String(values.export)
  if (!/\.qdpx$/i.test(out)) throw new UsageError('qdpx.cli.badExport', { value: out })
  const passphrase = await passphraseFor(file, values, ctx)
  checkEngagementFile(file, passphrase)
  const origin = `Terrain ${ctx.version ?? ''}`.trim()
  const summary = withReadOnly(
    file,
    (db) =>
      exportQdpx(new Engagement(db, file), out, {
        origin,
        allowNames: Boolean(values['allow-names']),
        onNameWarnings: (warnings) => {
          for (const w of warnings)
            ctx.err(`terrain: ${ctx.tr.t(`qdpx.warning.${w.subject}`, { id: w.id, where: w.where, name: w.name })}\n`)
          if (!values['allow-names']) throw new UsageError('qdpx.cli.names', { count: warnings.length })
        },
      }),
    passphrase,
  )
  ctx.err(
    `${ctx.tr.t('qdpx.exported', { sources: summary.sources, codings: summary.codings, cases: summary.cases, file: path.resolve(out) })}\n`,
  )
  if (passphrase !== undefined) ctx.err(`${ctx.tr.t('encryption.exportNotice')}\n`)
  if (values.json) ctx.out(`${JSON.stringify(summary, null, 2)}\n`)
}

import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { parseCommand, requireFile } from '../arguments'
import type { CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/** Reads only: no migration, no backup, no write of any kind. */
export async function infoCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('info', args, { json: { type: 'boolean' }, ...PASSPHRASE_OPTIONS })
  const file = requireFile('info', positionals)
  const passphrase = await passphraseFor(file, values, ctx)
  const { schemaVersion, encrypted } = checkEngagementFile(file, passphrase)
  const { info, counts } = withReadOnly(
    file,
    (db) => {
      const e = new Engagement(db, file)
      return { info: e.info.get(), counts: e.counts() }
    },
    passphrase,
  )
  if (values.json) {
    ctx.out(`${JSON.stringify({ file, schemaVersion, encrypted, engagement: info, counts }, null, 2)}\n`)
    return
  }
  const t = ctx.tr.t
  const rows: [string, string | number][] = [
    [t('cli.info.file'), file],
    [t('cli.info.schema'), schemaVersion],
    [t('cli.info.encrypted'), t(encrypted ? 'cli.info.yes' : 'cli.info.no')],
    [t('cli.info.client'), info.client],
    [t('cli.info.title'), info.title],
    [t('cli.info.language'), info.language],
    ...Object.entries(counts).map(([k, n]): [string, number] => [t(`cli.info.count.${k as keyof typeof counts}`), n]),
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  ctx.out(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n')
}

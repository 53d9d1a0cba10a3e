import { createEngagementFile } from '../../core/engagement/create-engagement'
import { languageOption, parseCommand, requireFile } from '../arguments'
import type { CliContext } from '../cli-context'
import { NEW_FILE_OPTIONS, newFilePassphrase } from '../passphrase'

export async function newCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('new', args, {
    lang: { type: 'string' },
    client: { type: 'string' },
    title: { type: 'string' },
    ...NEW_FILE_OPTIONS,
  })
  const file = requireFile('new', positionals)
  const passphrase = await newFilePassphrase(file, values, ctx)
  const language = languageOption(values.lang, ctx.tr.lang)
  const e = createEngagementFile(file, {
    language,
    client: String(values.client ?? ''),
    title: String(values.title ?? ''),
    passphrase,
  })
  e.close()
  ctx.err(`${ctx.tr.t('cli.created', { file: e.path })}\n`)
}

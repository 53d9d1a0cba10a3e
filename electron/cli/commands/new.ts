import { createEngagementFile } from '../../core/engagement/create-engagement'
import { languageOption, parseCommand, requireFile } from '../arguments'
import type { CliContext } from '../cli-context'

export function newCommand(args: string[], ctx: CliContext): void {
  const { values, positionals } = parseCommand('new', args, {
    lang: { type: 'string' },
    client: { type: 'string' },
    title: { type: 'string' },
  })
  const file = requireFile('new', positionals)
  const language = languageOption(values.lang, ctx.tr.lang)
  const e = createEngagementFile(file, {
    language,
    client: String(values.client ?? ''),
    title: String(values.title ?? ''),
  })
  e.close()
  ctx.err(`${ctx.tr.t('cli.created', { file: e.path })}\n`)
}

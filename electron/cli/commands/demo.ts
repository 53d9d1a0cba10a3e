import { buildDemo } from '../../core/demo/build-demo'
import { languageOption, parseCommand, requireFile } from '../arguments'
import { progressReporter, type CliContext } from '../cli-context'
import { NEW_FILE_OPTIONS, newFilePassphrase } from '../passphrase'

export async function demoCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('demo', args, { lang: { type: 'string' }, ...NEW_FILE_OPTIONS })
  const file = requireFile('demo', positionals)
  const passphrase = await newFilePassphrase(file, values, ctx)
  const language = languageOption(values.lang, ctx.tr.lang)
  const e = buildDemo(file, language, progressReporter(ctx, 'cli.progress.demo'), passphrase)
  e.close()
  ctx.err(`${ctx.tr.t('cli.created', { file: e.path })}\n`)
}

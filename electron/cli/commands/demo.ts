import { buildDemo } from '../../core/demo/build-demo'
import { languageOption, parseCommand, requireFile } from '../arguments'
import { progressReporter, type CliContext } from '../cli-context'

export function demoCommand(args: string[], ctx: CliContext): void {
  const { values, positionals } = parseCommand('demo', args, { lang: { type: 'string' } })
  const file = requireFile('demo', positionals)
  const language = languageOption(values.lang, ctx.tr.lang)
  const e = buildDemo(file, language, progressReporter(ctx, 'cli.progress.demo'))
  e.close()
  ctx.err(`${ctx.tr.t('cli.created', { file: e.path })}\n`)
}

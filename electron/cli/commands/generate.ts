import { generateEngagement, MIN_GENERATED_RESPONDENTS } from '../../core/demo/generate-engagement'
import { countOption, languageOption, parseCommand, requireFile } from '../arguments'
import { UsageError, progressReporter, type CliContext } from '../cli-context'
import { NEW_FILE_OPTIONS, newFilePassphrase } from '../passphrase'

export async function generateCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('generate', args, {
    respondents: { type: 'string' },
    codings: { type: 'string' },
    lang: { type: 'string' },
    seed: { type: 'string' },
    ...NEW_FILE_OPTIONS,
  })
  const file = requireFile('generate', positionals)
  if (values.respondents === undefined)
    throw new UsageError('cli.missingOption', { command: 'generate', option: '--respondents N' })
  if (values.codings === undefined)
    throw new UsageError('cli.missingOption', { command: 'generate', option: '--codings M' })
  const passphrase = await newFilePassphrase(file, values, ctx)
  const e = generateEngagement(file, {
    respondents: countOption('--respondents', values.respondents, MIN_GENERATED_RESPONDENTS, 100_000),
    codings: countOption('--codings', values.codings, 0, 10_000_000),
    language: languageOption(values.lang, ctx.tr.lang),
    seed: values.seed === undefined ? 42 : countOption('--seed', values.seed, 0, 2 ** 31),
    onProgress: progressReporter(ctx, 'cli.progress.generate'),
    passphrase,
  })
  e.close()
  ctx.err(`${ctx.tr.t('cli.created', { file: e.path })}\n`)
}

import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { agreementSummary } from '../../core/agreement/agreement-summary'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/**
 * Agreement between coders as JSON on stdout (keys in the README); reads only. `--coder NAME` is
 * repeatable, and a name may hold a comma: each option is one coder.
 */
export async function agreementCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('agreement', args, {
    json: { type: 'boolean' },
    coder: { type: 'string', multiple: true },
    ...PASSPHRASE_OPTIONS,
  })
  const file = requireFile('agreement', positionals)
  if (!values.json) throw new UsageError('cli.missingOption', { command: 'agreement', option: '--json' })
  const coders = ((values.coder as string[] | undefined) ?? []).map(String)
  if (coders.length === 1) throw new UsageError('agreement.cli.oneCoder', { name: coders[0]! })
  const passphrase = await passphraseFor(file, values, ctx)
  checkEngagementFile(file, passphrase)
  const summary = withReadOnly(file, (db) => agreementSummary(new Engagement(db, file), coders), passphrase)
  ctx.out(`${JSON.stringify(summary, null, 2)}\n`)
}

import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { engagementDiagnosis } from '../../core/diagnosis/engagement-diagnosis'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor } from '../passphrase'

/** The whole diagnosis as JSON on stdout (keys documented in the README); reads only. */
export async function diagnoseCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('diagnose', args, { json: { type: 'boolean' }, ...PASSPHRASE_OPTIONS })
  const file = requireFile('diagnose', positionals)
  if (!values.json) throw new UsageError('cli.missingOption', { command: 'diagnose', option: '--json' })
  const passphrase = await passphraseFor(file, values, ctx)
  checkEngagementFile(file, passphrase)
  const diagnosis = withReadOnly(file, (db) => engagementDiagnosis(new Engagement(db, file)), passphrase)
  ctx.out(`${JSON.stringify(diagnosis, null, 2)}\n`)
}

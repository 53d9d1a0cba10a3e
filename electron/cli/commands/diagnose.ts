import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { engagementDiagnosis } from '../../core/diagnosis/engagement-diagnosis'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'

/** The whole diagnosis as JSON on stdout (keys documented in the README); reads only. */
export function diagnoseCommand(args: string[], ctx: CliContext): void {
  const { values, positionals } = parseCommand('diagnose', args, { json: { type: 'boolean' } })
  const file = requireFile('diagnose', positionals)
  if (!values.json) throw new UsageError('cli.missingOption', { command: 'diagnose', option: '--json' })
  checkEngagementFile(file)
  const diagnosis = withReadOnly(file, (db) => engagementDiagnosis(new Engagement(db, file)))
  ctx.out(`${JSON.stringify(diagnosis, null, 2)}\n`)
}

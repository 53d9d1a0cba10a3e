import { checkEngagementFile } from '../../core/db/file-identity'
import { withReadOnly } from '../../core/db/connection'
import { Engagement } from '../../core/engagement/engagement'
import { writeCodingPackage, type PackageSelection } from '../../core/merge/coding-package'
import { Group } from '../../../shared/domain/groups'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor, readPassphrase } from '../passphrase'

/**
 * `terrain package <file> --out p.terrain --coder NAME [--respondents R01,R02|--group G|--sample 20%]
 * [--seed S] [--new-passphrase-file F]`: a coding package for blind double coding, read from the
 * engagement without changing it; encrypted under the same passphrase when the engagement is, or
 * under the colleague's own read from F.
 */
export async function packageCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('package', args, {
    out: { type: 'string' },
    coder: { type: 'string' },
    respondents: { type: 'string' },
    group: { type: 'string' },
    sample: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    'new-passphrase-file': { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  })
  const file = requireFile('package', positionals)
  if (values.out === undefined)
    throw new UsageError('cli.missingOption', { command: 'package', option: '--out p.terrain' })
  if (!/\.terrain$/i.test(String(values.out))) throw new UsageError('package.cli.badOut', { value: String(values.out) })
  if (values.coder === undefined)
    throw new UsageError('cli.missingOption', { command: 'package', option: '--coder NAME' })
  const selection = selectionOf(values)
  const passphrase = await passphraseFor(file, values, ctx)
  const { encrypted } = checkEngagementFile(file, passphrase)
  // The colleague's own passphrase, read from the file --new-passphrase-file names.
  const packagePassphrase =
    values['new-passphrase-file'] === undefined
      ? undefined
      : await readPassphrase(ctx, {
          file: String(values['new-passphrase-file']),
          env: 'TERRAIN_NEW_PASSPHRASE',
          fresh: true,
          subject: String(values.out),
        })
  const summary = withReadOnly(
    file,
    (db) =>
      writeCodingPackage(new Engagement(db, file), String(values.out), {
        coder: String(values.coder),
        selection,
        passphrase: encrypted ? passphrase : undefined,
        packagePassphrase,
      }),
    passphrase,
  )
  ctx.err(`${ctx.tr.t('package.written', { ...summary })}\n`)
  if (values.json) ctx.out(`${JSON.stringify(summary, null, 2)}\n`)
}

function selectionOf(values: Record<string, unknown>): PackageSelection {
  const given = ['respondents', 'group', 'sample'].filter((k) => values[k] !== undefined)
  if (given.length > 1) throw new UsageError('package.cli.oneChoice')
  if (values.respondents !== undefined)
    return {
      respondents: String(values.respondents)
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    }
  if (values.group !== undefined) {
    const group = Group.safeParse(String(values.group))
    if (!group.success) throw new UsageError('package.cli.badGroup', { value: String(values.group) })
    return { group: group.data }
  }
  if (values.sample !== undefined) {
    const m = /^(\d{1,3})%$/.exec(String(values.sample).trim())
    const share = m ? Number(m[1]) : NaN
    if (!(share > 0 && share <= 100)) throw new UsageError('package.cli.badSample', { value: String(values.sample) })
    const seed = values.seed === undefined ? 1 : Number(values.seed)
    if (!Number.isSafeInteger(seed)) throw new UsageError('package.cli.badSeed', { value: String(values.seed) })
    return { sample: share / 100, seed }
  }
  return {}
}

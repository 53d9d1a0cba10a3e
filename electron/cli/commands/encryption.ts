import { TerrainError } from '../../../shared/domain/terrain-error'
import { checkEngagementFile } from '../../core/db/file-identity'
import { reencryptFile } from '../../core/db/re-encrypt'
import { parseCommand, requireFile } from '../arguments'
import { UsageError, type CliContext } from '../cli-context'
import { PASSPHRASE_OPTIONS, passphraseFor, readPassphrase, type PassphraseSources } from '../passphrase'

/**
 * `terrain encrypt|decrypt|rekey <file>`: the engagement is written anew under its new key and
 * replaces the old file in one step. The command knows no app folder: the backups the desktop app
 * keeps follow their engagement only when the change is made in the app (README).
 */
export async function encryptCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('encrypt', args, PASSPHRASE_OPTIONS)
  const file = requireFile('encrypt', positionals)
  try {
    checkEngagementFile(file)
  } catch (e) {
    if (e instanceof TerrainError && e.code === 'ENCRYPTED') throw new UsageError('cli.alreadyEncrypted', { file })
    throw e
  }
  const next = await readPassphrase(ctx, {
    file: values['passphrase-file'] as string | undefined,
    env: 'TERRAIN_PASSPHRASE',
    fresh: true,
    subject: file,
  })
  reencryptFile(file, undefined, next)
  ctx.err(`${ctx.tr.t('cli.encrypted', { file })}\n`)
}

export async function decryptCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('decrypt', args, PASSPHRASE_OPTIONS)
  const file = requireFile('decrypt', positionals)
  const current = await currentPassphrase(file, values, ctx)
  reencryptFile(file, current, null)
  ctx.err(`${ctx.tr.t('cli.decrypted', { file })}\n`)
}

export async function rekeyCommand(args: string[], ctx: CliContext): Promise<void> {
  const { values, positionals } = parseCommand('rekey', args, {
    ...PASSPHRASE_OPTIONS,
    'new-passphrase-file': { type: 'string' },
  })
  const file = requireFile('rekey', positionals)
  const current = await currentPassphrase(file, values, ctx)
  const next = await readPassphrase(ctx, {
    file: values['new-passphrase-file'] as string | undefined,
    env: 'TERRAIN_NEW_PASSPHRASE',
    fresh: true,
    subject: file,
  })
  reencryptFile(file, current, next)
  ctx.err(`${ctx.tr.t('cli.rekeyed', { file })}\n`)
}

/** The passphrase an encrypted engagement opens with now, checked; a plain file is the user's mistake. */
async function currentPassphrase(file: string, values: PassphraseSources, ctx: CliContext): Promise<string> {
  const current = await passphraseFor(file, values, ctx)
  if (current === undefined) throw new UsageError('cli.notEncrypted', { file })
  checkEngagementFile(file, current)
  return current
}

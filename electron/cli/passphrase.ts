import fs from 'node:fs'
import { MIN_PASSPHRASE, passphraseLongEnough } from '../../shared/domain/passphrase'
import { mayNeedPassphrase } from '../core/db/file-identity'
import { UsageError, type CliContext } from './cli-context'

/** The options every command that opens or creates an engagement accepts for its passphrase. */
export const PASSPHRASE_OPTIONS = {
  'passphrase-file': { type: 'string' },
} as const

/** The options of every command that creates a file: plain unless --encrypt. */
export const NEW_FILE_OPTIONS = {
  encrypt: { type: 'boolean' },
  ...PASSPHRASE_OPTIONS,
} as const

export interface PassphraseSources {
  'passphrase-file'?: string | boolean
}

/**
 * A passphrase is never an argument: any user of the computer can read a process's arguments
 * (ps, /proc), and shells keep them in their history. Refused before parsing, with what to do.
 */
export function refusePassphraseArgument(args: string[]): void {
  if (args.some((a) => a === '--passphrase' || a.startsWith('--passphrase=') || a.startsWith('--new-passphrase=')))
    throw new UsageError('cli.passphraseArgument')
}

/**
 * The passphrase, from --passphrase-file, then TERRAIN_PASSPHRASE, then a prompt on a terminal;
 * `env` names the variable (TERRAIN_NEW_PASSPHRASE for a rekey's new one). A new passphrase
 * typed at a prompt is asked twice.
 */
export async function readPassphrase(
  ctx: CliContext,
  o: { file?: string | boolean; env: 'TERRAIN_PASSPHRASE' | 'TERRAIN_NEW_PASSPHRASE'; fresh: boolean; subject: string },
): Promise<string> {
  const given = fromFile(o.file) ?? nonEmpty(ctx.env?.[o.env])
  if (given !== undefined) return checked(given, o.fresh)
  if (!ctx.ask) throw new UsageError(o.fresh ? 'cli.passphraseNeededNew' : 'cli.passphraseNeeded', { file: o.subject })
  const typed = await ctx.ask(
    ctx.tr.t(o.fresh ? 'cli.passphrasePromptNew' : 'cli.passphrasePrompt', { file: o.subject }),
  )
  if (o.fresh) {
    checked(typed, true)
    const again = await ctx.ask(ctx.tr.t('cli.passphrasePromptAgain'))
    if (again !== typed) throw new UsageError('cli.passphraseMismatch')
  }
  return checked(typed, o.fresh)
}

/**
 * What a command opening `file` must give SQLite: nothing for a plain engagement, the passphrase
 * for an encrypted one (asked only then).
 */
export async function passphraseFor(
  file: string,
  values: PassphraseSources,
  ctx: CliContext,
): Promise<string | undefined> {
  // Without reading the file through SQLite: each command checks its identity once, after this.
  if (!mayNeedPassphrase(file)) return undefined
  return readPassphrase(ctx, {
    file: values['passphrase-file'],
    env: 'TERRAIN_PASSPHRASE',
    fresh: false,
    subject: file,
  })
}

/** A new file's passphrase when --encrypt asks for one; a passphrase source without it is a mistake. */
export async function newFilePassphrase(
  file: string,
  values: PassphraseSources & { encrypt?: string | boolean },
  ctx: CliContext,
): Promise<string | undefined> {
  if (!values.encrypt) {
    if (values['passphrase-file'] !== undefined) throw new UsageError('cli.passphraseWithoutEncrypt')
    return undefined
  }
  return readPassphrase(ctx, { file: values['passphrase-file'], env: 'TERRAIN_PASSPHRASE', fresh: true, subject: file })
}

function fromFile(file: string | boolean | undefined): string | undefined {
  if (typeof file !== 'string') return undefined
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new UsageError('cli.passphraseFileMissing', { file })
  }
  // The file's last line break is not part of the passphrase (echo adds one).
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase === '') throw new UsageError('cli.passphraseFileEmpty', { file })
  return passphrase
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v
}

function checked(passphrase: string, fresh: boolean): string {
  if (passphrase === '') throw new UsageError('cli.passphraseEmpty')
  if (fresh && !passphraseLongEnough(passphrase))
    throw new UsageError('cli.passphraseTooShort', { min: MIN_PASSPHRASE })
  return passphrase
}

import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Language } from '../../shared/domain/groups'
import { UsageError } from './cli-context'

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses a command's arguments; an unknown or malformed option is a usage error, not a crash. */
export function parseCommand(command: string, args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    const problem = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\.$/, '')
    throw new UsageError('cli.badOption', { problem, command })
  }
}

export function requireFile(command: string, positionals: string[]): string {
  const [file, extra] = positionals
  if (!file) throw new UsageError('cli.missingFile', { command })
  if (extra !== undefined) throw new UsageError('cli.badOption', { problem: `Unexpected argument "${extra}"` })
  return file
}

export function languageOption(value: unknown, fallback: Language): Language {
  if (value === undefined) return fallback
  if (value === 'fr' || value === 'en') return value
  throw new UsageError('cli.badLang', { value: String(value) })
}

export function countOption(option: string, value: unknown, min: number, max: number): number {
  const text = String(value)
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError('cli.badCount', { option, min, max, value: text })
  return n
}

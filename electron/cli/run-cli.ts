import { TerrainError } from '../../shared/domain/terrain-error'
import { UsageError, cliContext, type CliIO } from './cli-context'
import type { CliContext } from './cli-context'
import { refusePassphraseArgument } from './passphrase'

type Command = (args: string[], ctx: CliContext) => void | Promise<void>

/**
 * Each command is loaded when it runs: the report's charts and Chromium driver, or the import's
 * parsers, stay out of memory for the others (the import of 200,000 rows has 300 MB in all).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/new')).newCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  info: async () => (await import('./commands/info')).infoCommand,
  generate: async () => (await import('./commands/generate')).generateCommand,
  diagnose: async () => (await import('./commands/diagnose')).diagnoseCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  codebook: async () => (await import('./commands/codebook')).codebookCommand,
  qdpx: async () => (await import('./commands/qdpx')).qdpxCommand,
  agreement: async () => (await import('./commands/agreement')).agreementCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  package: async () => (await import('./commands/package')).packageCommand,
  encrypt: async () => (await import('./commands/encryption')).encryptCommand,
  decrypt: async () => (await import('./commands/encryption')).decryptCommand,
  rekey: async () => (await import('./commands/encryption')).rekeyCommand,
}

/**
 * Runs one command and returns its exit code: 0 done, 2 the user's mistake (a bad argument, a
 * file that is not an engagement), 1 anything else. Never prints a stack trace unless TERRAIN_DEBUG.
 */
export async function runCli(argv: string[], io: CliIO, env: NodeJS.ProcessEnv, version: string): Promise<number> {
  const ctx = { ...cliContext(io, env), version }
  const [command, ...args] = argv
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(`${ctx.tr.t('cli.usage')}\n`)
      return command === undefined ? 2 : 0
    }
    if (command === '--version') {
      io.out(`${version}\n`)
      return 0
    }
    const load = COMMANDS[command] ?? failUnknown(command)
    refusePassphraseArgument(args)
    await (
      await load()
    )(args, ctx)
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`terrain: ${ctx.tr.t(e.key, e.params)}\n`)
      return 2
    }
    if (e instanceof TerrainError) {
      // The English message is the detailed one; other languages get the translated code and its subject.
      const text =
        ctx.tr.lang === 'en' ? e.message : `${ctx.tr.t(`error.${e.code}`)}${e.subject ? ` (${e.subject})` : ''}`
      io.err(`terrain: ${text}\n`)
      return e.code === 'INTERNAL' ? 1 : 2
    }
    if (env.TERRAIN_DEBUG) io.err(`${e instanceof Error ? e.stack : String(e)}\n`)
    io.err(`terrain: ${ctx.tr.t('error.INTERNAL')} (${e instanceof Error ? e.message : String(e)})\n`)
    return 1
  }
}

function failUnknown(command: string): never {
  throw new UsageError('cli.unknownCommand', { command })
}

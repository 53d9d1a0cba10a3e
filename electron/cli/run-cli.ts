import { TerrainError } from '../../shared/domain/terrain-error'
import { UsageError, cliContext, type CliIO } from './cli-context'
import { newCommand } from './commands/new'
import { demoCommand } from './commands/demo'
import { infoCommand } from './commands/info'
import { generateCommand } from './commands/generate'
import { diagnoseCommand } from './commands/diagnose'
import { reportCommand } from './commands/report'
import { importCommand } from './commands/import'
import { codebookCommand } from './commands/codebook'
import type { CliContext } from './cli-context'
import { decryptCommand, encryptCommand, rekeyCommand } from './commands/encryption'
import { refusePassphraseArgument } from './passphrase'

const COMMANDS: Record<string, (args: string[], ctx: CliContext) => void | Promise<void>> = {
  new: newCommand,
  demo: demoCommand,
  info: infoCommand,
  generate: generateCommand,
  diagnose: diagnoseCommand,
  report: reportCommand,
  import: importCommand,
  codebook: codebookCommand,
  encrypt: encryptCommand,
  decrypt: decryptCommand,
  rekey: rekeyCommand,
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
    const run = COMMANDS[command] ?? failUnknown(command)
    refusePassphraseArgument(args)
    await run(args, ctx)
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

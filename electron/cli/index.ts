import { createRequire } from 'node:module'
import { runCli } from './run-cli'
import { askHidden } from './terminal-prompt'

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string }

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    interactive: Boolean(process.stderr.isTTY),
    ask: process.stdin.isTTY ? askHidden : undefined,
  },
  process.env,
  pkg.version,
)

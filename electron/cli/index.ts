import { createRequire } from 'node:module'
import { runCli } from './run-cli'

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string }

process.exitCode = runCli(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    interactive: Boolean(process.stderr.isTTY),
  },
  process.env,
  pkg.version,
)

import { createRequire } from 'node:module'
import { runCli } from './run-cli'
import { askHidden } from './terminal-prompt'

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string }

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})

// A large text (the diagnosis of a large engagement: tens of megabytes) is written in pieces, so
// that its bytes are never all encoded at once when memory peaks; never between the two halves of
// a surrogate pair.
function writeInPieces(s: string): void {
  const PIECE = 1 << 20
  for (let at = 0; at < s.length;) {
    let to = Math.min(s.length, at + PIECE)
    const last = s.charCodeAt(to - 1)
    if (to < s.length && last >= 0xd800 && last <= 0xdbff) to--
    process.stdout.write(s.slice(at, to))
    at = to
  }
}

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    out: writeInPieces,
    err: (s) => process.stderr.write(s),
    interactive: Boolean(process.stderr.isTTY),
    ask: process.stdin.isTTY ? askHidden : undefined,
  },
  process.env,
  pkg.version,
)

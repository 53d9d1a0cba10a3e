import { TerrainError } from '../../shared/domain/terrain-error'

/**
 * Reads one line from the terminal without echoing it (a passphrase must not show on screen or in
 * a terminal's scrollback). Ctrl-C cancels; backspace works.
 */
export function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin
  return new Promise((resolve, reject) => {
    let typed = ''
    // Raw before the prompt shows: what is typed ahead is not echoed either.
    stdin.setRawMode(true)
    stdin.resume()
    stdin.setEncoding('utf8')
    process.stderr.write(prompt)
    const done = (result: string | null) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      process.stderr.write('\n')
      if (result === null) reject(new TerrainError('CANCELLED', 'Cancelled.'))
      else resolve(result)
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(typed)
        if (ch === '\u0003' || ch === '\u0004') return done(null)
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('')
        else if (ch >= ' ') typed += ch
      }
    }
    stdin.on('data', onData)
  })
}

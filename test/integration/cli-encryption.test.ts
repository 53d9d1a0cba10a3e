import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { terrain, TERRAIN_SCRIPT } from '../helpers/run-terrain'
import { tempDir } from '../helpers/temp-engagement'

const SECRET = 'a long enough secret phrase'

function passFile(dir: string, text: string, name = 'pass.txt'): string {
  const f = path.join(dir, name)
  fs.writeFileSync(f, `${text}\n`)
  return f
}

/** The demo's first respondent's words, which must never lie in the clear in an encrypted file. */
const demoSentence = (file: string) => {
  const r = terrain(['diagnose', file, '--json'])
  return r.stdout
}

describe('terrain on encrypted engagements', () => {
  it('creates encrypted files with --encrypt (new, demo, generate) and plain ones without', () => {
    const dir = tempDir()
    const pass = passFile(dir, SECRET)
    for (const [cmd, extra] of [
      ['new', []],
      ['demo', []],
      ['generate', ['--respondents', '20', '--codings', '50']],
    ] as const) {
      const enc = path.join(dir, `${cmd}-enc.terrain`)
      expect(terrain([cmd, enc, ...extra, '--encrypt', '--passphrase-file', pass]).code).toBe(0)
      const asked = terrain(['info', enc])
      expect(asked.code).toBe(2)
      expect(asked.stderr).toMatch(/is encrypted/)
      const info = terrain(['info', enc, '--json', '--passphrase-file', pass])
      expect(JSON.parse(info.stdout)).toMatchObject({ encrypted: true })
      const plain = path.join(dir, `${cmd}-plain.terrain`)
      expect(terrain([cmd, plain, ...extra]).code).toBe(0)
      expect(fs.readFileSync(plain).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    }
  }, 120_000)

  it('reads the passphrase from TERRAIN_PASSPHRASE, refuses it as an argument, and says when it is wrong', () => {
    const dir = tempDir()
    const file = path.join(dir, 'study.terrain')
    expect(terrain(['new', file, '--encrypt'], { TERRAIN_PASSPHRASE: SECRET }).code).toBe(0)
    const before = fs.readFileSync(file)
    const arg = terrain(['info', file, `--passphrase=${SECRET}`])
    expect(arg.code).toBe(2)
    expect(arg.stderr).toMatch(/never given as an argument/)
    const wrong = terrain(['info', file], { TERRAIN_PASSPHRASE: 'not the right one' })
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/passphrase does not open/)
    expect(terrain(['info', file], { TERRAIN_PASSPHRASE: SECRET }).code).toBe(0)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    const short = terrain(['new', path.join(dir, 'b.terrain'), '--encrypt'], { TERRAIN_PASSPHRASE: 'short' })
    expect(short.code).toBe(2)
    expect(short.stderr).toMatch(/at least 12 characters/)
  })

  it('encrypts, rekeys and decrypts a file, keeping what it holds', () => {
    const dir = tempDir()
    const file = path.join(dir, 'demo.terrain')
    expect(terrain(['demo', file]).code).toBe(0)
    const diagnosis = demoSentence(file)
    const quote = (JSON.parse(diagnosis) as { tools: { quotes?: { text: string }[] } }).tools?.quotes?.[0]?.text
    const pass = passFile(dir, SECRET)
    expect(terrain(['encrypt', file, '--passphrase-file', pass]).code).toBe(0)
    if (quote) expect(fs.readFileSync(file).includes(Buffer.from(quote))).toBe(false)
    expect(terrain(['encrypt', file, '--passphrase-file', pass]).stderr).toMatch(/already encrypted/)
    const next = passFile(dir, 'the next secret phrase', 'next.txt')
    expect(terrain(['rekey', file, '--passphrase-file', pass, '--new-passphrase-file', next]).code).toBe(0)
    expect(terrain(['info', file, '--passphrase-file', pass]).stderr).toMatch(/does not open/)
    expect(terrain(['diagnose', file, '--json', '--passphrase-file', next]).stdout).toBe(diagnosis)
    expect(terrain(['decrypt', file, '--passphrase-file', next]).code).toBe(0)
    expect(terrain(['diagnose', file, '--json']).stdout).toBe(diagnosis)
    expect(terrain(['decrypt', file]).stderr).toMatch(/is not encrypted/)
  }, 120_000)

  it('asks for the passphrase on a terminal without echoing it, twice for a new one', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'typed.terrain')
    // `script` gives the command a real terminal; what the terminal shows is recorded.
    const shown = await typeOnTerminal(['new', file, '--encrypt'], [SECRET, SECRET])
    expect(shown).toMatch(/New passphrase for/)
    expect(shown).toMatch(/The same passphrase again/)
    expect(shown).not.toContain(SECRET)
    expect(terrain(['info', file], { TERRAIN_PASSPHRASE: SECRET }).code).toBe(0)
    const mismatch = await typeOnTerminal(
      ['new', path.join(dir, 'b.terrain'), '--encrypt'],
      [SECRET, 'something else entirely'],
    )
    expect(mismatch).toMatch(/two passphrases differ/)
    expect(fs.existsSync(path.join(dir, 'b.terrain'))).toBe(false)
  }, 60_000)
})

/** Runs terrain under `script` (a pseudo-terminal), typing each line once the prompt is shown. */
function typeOnTerminal(args: string[], lines: string[]): Promise<string> {
  const command = [process.execPath, TERRAIN_SCRIPT, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', TERRAIN_PASSPHRASE: '' },
  })
  let shown = ''
  let typed = 0
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      shown += d.toString()
      // A prompt ends in ": " and waits; each one is answered once.
      const prompts = shown.split(': ').length - 1
      if (typed < lines.length && shown.endsWith(': ') && prompts > typed) child.stdin.write(`${lines[typed++]}\r`)
    })
    child.on('exit', () => resolve(shown))
  })
}

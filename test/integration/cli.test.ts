import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { terrain } from '../helpers/run-terrain'
import { SCHEMA_VERSION } from '../../electron/core/db/migrations'
import { fileHash, tempDir } from '../helpers/temp-engagement'

const oneLine = (s: string) => s.trim().split('\n').length === 1

describe('terrain new and info', () => {
  it('creates an empty engagement and reports its counts as JSON on stdout alone', () => {
    const file = path.join(tempDir(), 'acme.terrain')
    const made = terrain(['new', file, '--lang', 'fr', '--client', 'Acme', '--title', 'Diagnostic'])
    expect(made.code).toBe(0)
    expect(made.stdout).toBe('')
    expect(made.stderr).toContain(`Created ${file}`)
    const hash = fileHash(file)
    const info = terrain(['info', file, '--json'])
    expect(info.code).toBe(0)
    const json = JSON.parse(info.stdout)
    expect(json).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      engagement: { client: 'Acme', title: 'Diagnostic', language: 'fr' },
    })
    expect(json.counts).toMatchObject({ respondents: 0, guides: 4, codes: 25, codeFamilies: 8, codings: 0 })
    expect(info.stderr).toBe('')
    // info reads only.
    expect(fileHash(file)).toBe(hash)
    expect(fs.readdirSync(path.dirname(file))).toEqual(['acme.terrain'])
  })

  it('prints a readable table without --json, in French on a French system', () => {
    const file = path.join(tempDir(), 'x.terrain')
    terrain(['new', file])
    const out = terrain(['info', file], { LANG: 'fr_FR.UTF-8' })
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(new RegExp(`Version du schéma\\s+${SCHEMA_VERSION}`))
    expect(out.stdout).toMatch(/Familles de codes\s+8/)
    expect(out.stdout).toMatch(/Codes\s+25/)
  })
})

describe('terrain generate', () => {
  it('writes a synthetic engagement of the asked size, with every group and code', () => {
    const file = path.join(tempDir(), 'big.terrain')
    const r = terrain(['generate', file, '--respondents', '30', '--codings', '600'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/Generating: 31\/31/)
    const { counts } = JSON.parse(terrain(['info', file, '--json']).stdout)
    expect(counts).toMatchObject({ respondents: 30, codings: 600, interviews: 30 })
    expect(counts.documents).toBeGreaterThan(250)
  })
})

describe('user errors: one line on stderr, exit code 2, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /Usage: terrain/],
    ['an unknown command', ['frobnicate'], /Unknown command "frobnicate"/],
    ['a missing file argument', ['info'], /needs a file path/],
    ['an unknown option', ['new', 'x.terrain', '--colour', 'red'], /Unknown option '--colour'/],
    ['a bad language', ['new', 'x.terrain', '--lang', 'de'], /--lang takes fr or en, not "de"/],
    [
      'a bad count',
      ['generate', 'x.terrain', '--respondents', 'many', '--codings', '5'],
      /--respondents takes a whole number from 5/,
    ],
    ['a missing option', ['generate', 'x.terrain', '--respondents', '5'], /needs --codings M/],
  ]
  for (const [what, args, message] of cases) {
    it(`for ${what}`, () => {
      const r = terrain(args)
      expect(r.code).toBe(2)
      const text = args.length === 0 ? r.stdout : r.stderr
      expect(text).toMatch(message)
      if (args.length > 0) {
        expect(oneLine(r.stderr)).toBe(true)
        expect(r.stderr).not.toMatch(/\n\s+at /)
        expect(r.stdout).toBe('')
      }
    })
  }

  it('for a file that is not an engagement, leaving it untouched', () => {
    const file = path.join(tempDir(), 'notes.terrain')
    fs.writeFileSync(file, 'hello')
    const r = terrain(['info', file, '--json'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(oneLine(r.stderr)).toBe(true)
    expect(r.stderr).toMatch(/not a Terrain engagement/)
    expect(fs.readFileSync(file, 'utf8')).toBe('hello')
  })

  it('for a file that exists already, in French on a French system', () => {
    const file = path.join(tempDir(), 'taken.terrain')
    fs.writeFileSync(file, 'x')
    const r = terrain(['new', file], { LANG: 'fr_FR.UTF-8' })
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(`terrain: Un fichier de ce nom existe déjà. Choisissez un autre nom. (${file})`)
  })

  it('for a missing file', () => {
    const r = terrain(['info', path.join(tempDir(), 'none.terrain')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/does not exist/)
  })
})

describe('terrain --help and --version', () => {
  it('print to stdout and exit 0', () => {
    expect(terrain(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('generate <file> --respondents N --codings M'),
    })
    expect(terrain(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

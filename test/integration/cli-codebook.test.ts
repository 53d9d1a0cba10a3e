import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { terrain } from '../helpers/run-terrain'
import { fileHash, tempDir } from '../helpers/temp-engagement'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'

const SAMPLE = '/work/shared/interop/samples/hand-authored-project.qde'

/** An engagement file made in this process (a `terrain new` each would make these tests slow), then closed. */
function engagement(lang: 'fr' | 'en' = 'en'): string {
  const e = createEngagementFile(path.join(tempDir(), 'study.terrain'), { language: lang, client: 'Acme', title: '' })
  e.close()
  return e.path
}

// Each `terrain` is a process of its own that compiles the CLI first: seconds on a busy machine.
const SLOW = 120_000

describe('terrain codebook', { timeout: SLOW }, () => {
  it('exports the codebook as JSON and as .qdc, reading only, and imports them into another engagement', () => {
    const source = engagement('fr')
    const hash = fileHash(source)
    const dir = path.dirname(source)
    const json = path.join(dir, 'grille.json')
    const qdc = path.join(dir, 'grille.qdc')
    const a = terrain(['codebook', source, '--export', json])
    expect(a).toMatchObject({ code: 0, stdout: '' })
    expect(a.stderr).toContain(`Exported 25 codes in 8 families to ${json}`)
    const b = terrain(['codebook', source, '--export', qdc])
    expect(b.code).toBe(0)
    expect(fs.readFileSync(qdc, 'utf8')).toMatch(
      /^<\?xml[^>]*>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Terrain \d/,
    )
    expect(fileHash(source)).toBe(hash)

    const target = engagement('fr')
    const c = terrain(['codebook', target, '--import', json, '--json'])
    expect(c.code).toBe(0)
    expect(JSON.parse(c.stdout)).toMatchObject({ format: 'json', codes: { added: 0, updated: 0, unchanged: 25 } })
    expect(c.stderr).toContain('Codes added: 0, updated: 0, unchanged: 25')
  })

  it('imports the nested codes of a REFI-QDA project, in French on a French system', () => {
    const file = engagement()
    const r = terrain(['codebook', file, '--import', SAMPLE], { LANG: 'fr_FR.UTF-8' })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('Codes ajoutés\u202f: 3')
    const { counts } = JSON.parse(terrain(['info', file, '--json']).stdout)
    expect(counts).toMatchObject({ codes: 28, codeFamilies: 9 })
  })

  it('refuses a malformed file with its problems, exit code 2, and writes nothing', () => {
    const file = engagement()
    const bad = path.join(tempDir(), 'bad.qdc')
    fs.writeFileSync(
      bad,
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code name="" isCodable="true"/>\n<Code name="b" isCodable="true" color="blue"/>\n</Codes>\n</CodeBook>',
    )
    const hash = fileHash(file)
    const r = terrain(['codebook', file, '--import', bad])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Line 3: the code #1 has no name/),
      expect.stringMatching(/^Line 4: the colour "blue" of "b"/),
      expect.stringMatching(/^terrain: Nothing was imported from bad.qdc \(problems: 2\)/),
    ])
    expect(fileHash(file)).toBe(hash)
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['study.terrain'])
  })

  it('refuses a file that is not XML in one line', () => {
    const file = engagement()
    const bad = path.join(tempDir(), 'notes.qdc')
    fs.writeFileSync(bad, 'just notes')
    const r = terrain(['codebook', file, '--import', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^terrain: notes.qdc is not well-formed XML/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  const wrong: [string, string[], RegExp][] = [
    ['neither --export nor --import', [], /exactly one of --export <file> and --import <file>/],
    ['both --export and --import', ['--export', 'a.json', '--import', 'b.json'], /exactly one of/],
    ['an export to another kind of file', ['--export', 'codebook.txt'], /ending in .json \(Terrain\) or .qdc/],
    ['an export to a project archive', ['--export', 'projet.qdpx'], /ending in .json \(Terrain\) or .qdc/],
    ['an unknown option', ['--frobnicate'], /Run terrain --help/],
  ]
  it.each(wrong)('says what is wrong with %s and exits with 2', (_, args, message) => {
    const file = engagement()
    const hash = fileHash(file)
    const r = terrain(['codebook', file, ...args])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(fileHash(file)).toBe(hash)
  })
})

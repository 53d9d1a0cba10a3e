import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script module, without types
import { nodeVersionProblem, packageCopyFilter, setupLanguage } from '../../scripts/desktop-setup-checks.mjs'

const electronEngines = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../node_modules/electron/package.json'), 'utf8')) as {
    engines: { node: string }
  }
).engines.node

describe('desktop set-up: the Node it needs', () => {
  it('takes the floor Electron’s own package declares', () => {
    expect(electronEngines).toMatch(/\d+\.\d+\.\d+/)
  })

  it.each([
    ['v22.12.0', null],
    ['v22.13.1', null],
    ['v24.0.0', null],
    ['v22.11.9', 'refused'],
    ['v20.20.2', 'refused'],
  ])('Node %s against ">= 22.12.0": %s', (version, verdict) => {
    const problem = nodeVersionProblem(version, '>= 22.12.0') as string | null
    if (verdict === null) expect(problem).toBeNull()
    else {
      expect(problem).toContain('Node.js 22.12.0 or later')
      expect(problem).toContain(`this is Node.js ${version.slice(1)}`)
      expect(problem).toContain('Node.js 20')
    }
  })

  it('says it in French on a French system, with French punctuation', () => {
    expect(setupLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('fr')
    expect(setupLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en')
    const fr = nodeVersionProblem('v20.20.2', electronEngines, 'fr') as string
    expect(fr).toMatch(/^l’application de bureau a besoin de Node\.js 22\.12\.0 ou plus récent/)
    expect(fr).toContain('«\u202fnpm start\u202f»')
  })
})

describe('desktop set-up: the copy of better-sqlite3 to build for Electron', () => {
  const copy = (root: string) => {
    const source = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers')
    for (const f of ['package.json', 'binding.gyp', 'src/better_sqlite3.cpp', 'build/Release/better_sqlite3.node']) {
      fs.mkdirSync(path.dirname(path.join(source, f)), { recursive: true })
      fs.writeFileSync(path.join(source, f), f)
    }
    const work = path.join(root, 'work')
    fs.cpSync(source, work, { recursive: true, filter: packageCopyFilter(source) })
    return fs.readdirSync(work, { recursive: true }).map(String).sort()
  }

  it('leaves out the package’s own build folder and copies the rest', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-setup-'))
    expect(copy(root)).toEqual(['binding.gyp', 'package.json', 'src', path.join('src', 'better_sqlite3.cpp')])
  })

  it('copies it all when the checkout itself lies under a folder named build', () => {
    const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-setup-')), 'build', 'terrain')
    expect(copy(root)).toEqual(['binding.gyp', 'package.json', 'src', path.join('src', 'better_sqlite3.cpp')])
  })
})

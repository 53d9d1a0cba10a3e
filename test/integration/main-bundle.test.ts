import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const OUT = process.env.TERRAIN_MAIN_BUNDLE
  ? path.dirname(process.env.TERRAIN_MAIN_BUNDLE)
  : path.join(ROOT, 'out/main')
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
/** 'a/b/c' -> 'a', '@s/a/b' -> '@s/a'. */
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
const builtin = (s: string): boolean => s.startsWith('node:') || builtinModules.includes(s)

/**
 * A packaged desktop app carries package.json's dependencies and nothing else: what main imports
 * at run time must be one of them (or Node's, or electron), and no devDependency may be bundled in.
 */
describe('the built main process (out/main)', () => {
  const contents = JSON.parse(fs.readFileSync(path.join(OUT, 'bundle-contents.json'), 'utf8')) as {
    modules: string[]
    imports: string[]
  }
  // Main, the core thread it starts (core-worker.js) and the chunks they share.
  const files = fs
    .readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(OUT, f))
  const code = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
  const importsOf = (text: string): string[] =>
    [
      ...text.matchAll(/^import\s[^'"]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm),
      ...text.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g),
    ]
      .map((m) => m[1] ?? m[2]!)
      .filter((s) => !s.startsWith('./'))

  it('imports only Node, electron and the app’s dependencies, as its import statements show', () => {
    expect(files.map((f) => path.relative(OUT, f))).toEqual(expect.arrayContaining(['index.js', 'core-worker.js']))
    const statements = importsOf(code)
    expect(statements.length).toBeGreaterThan(5)
    expect(new Set(statements)).toEqual(new Set(contents.imports.filter((s) => !s.startsWith('chunks/'))))
    for (const s of statements) {
      if (builtin(s) || s === 'electron') continue
      expect(Object.keys(pkg.dependencies), s).toContain(packageOf(s))
    }
  })

  it('bundles no package at all: every dependency stays external, so no devDependency hides inside', () => {
    const bundledPackages = contents.modules.filter((m) => m.includes('node_modules'))
    expect(bundledPackages).toEqual([])
    expect(contents.modules).toContain('electron/main/index.ts')
    expect(contents.modules).toContain('electron/core/worker/core-worker.ts')
    for (const dev of Object.keys(pkg.devDependencies)) expect(code).not.toContain(`node_modules/${dev}/`)
  })

  it('leaves SQLite to the core thread: main’s own code never imports the database engine', () => {
    const main = fs.readFileSync(path.join(OUT, 'index.js'), 'utf8')
    const chunks = [...main.matchAll(/from\s*["']\.\/(chunks\/[^"']+)["']/g)].map((m) =>
      fs.readFileSync(path.join(OUT, m[1]!), 'utf8'),
    )
    for (const text of [main, ...chunks]) expect(importsOf(text)).not.toContain('better-sqlite3-multiple-ciphers')
    expect(importsOf(fs.readFileSync(path.join(OUT, 'core-worker.js'), 'utf8'))).toContain(
      'better-sqlite3-multiple-ciphers',
    )
  })
})

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
  const code = fs.readFileSync(path.join(OUT, 'index.js'), 'utf8')

  it('imports only Node, electron and the app’s dependencies, as its import statements show', () => {
    const statements = [
      ...code.matchAll(/^import\s[^'"]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm),
      ...code.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1] ?? m[2]!)
    expect(statements.length).toBeGreaterThan(5)
    expect(new Set(statements)).toEqual(new Set(contents.imports))
    for (const s of statements) {
      if (builtin(s) || s === 'electron') continue
      expect(Object.keys(pkg.dependencies), s).toContain(packageOf(s))
    }
  })

  it('bundles no package at all: every dependency stays external, so no devDependency hides inside', () => {
    const bundledPackages = contents.modules.filter((m) => m.includes('node_modules'))
    expect(bundledPackages).toEqual([])
    expect(contents.modules).toContain('electron/main/index.ts')
    for (const dev of Object.keys(pkg.devDependencies)) expect(code).not.toContain(`node_modules/${dev}/`)
  })
})

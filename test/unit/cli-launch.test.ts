import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliToRun } from '../../scripts/cli-launch.mjs'
import { tempDir } from '../helpers/temp-engagement'

/** A checkout in miniature: sources, and a build stamped at `builtAt`. */
function checkout(builtAt: number | null, sourceTime: number): string {
  const root = tempDir()
  for (const dir of ['electron/cli', 'electron/core/db', 'shared', 'resources'])
    fs.mkdirSync(path.join(root, dir), { recursive: true })
  const files = [
    'electron/cli/index.ts',
    'electron/core/db/connection.ts',
    'shared/a.ts',
    'resources/codebook.json',
    'package.json',
  ]
  for (const f of files) fs.writeFileSync(path.join(root, f), '')
  for (const f of [...files, 'electron/cli', 'electron/core', 'electron/core/db', 'shared', 'resources'])
    fs.utimesSync(path.join(root, f), sourceTime / 1000, sourceTime / 1000)
  if (builtAt !== null) {
    fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true })
    fs.writeFileSync(path.join(root, 'out', 'cli', 'terrain.mjs'), '')
    fs.writeFileSync(path.join(root, 'out', 'cli', 'built-at'), String(builtAt))
  }
  return root
}

describe('the terrain launcher', () => {
  it('runs the build when it is newer than every source', () => {
    expect(cliToRun(checkout(2_000_000_000_000, 1_900_000_000_000))).toBe('built')
  })

  it('runs the sources when there is no build, or one of them changed since', () => {
    expect(cliToRun(checkout(null, 1_900_000_000_000))).toBe('source')
    const root = checkout(2_000_000_000_000, 1_900_000_000_000)
    const later = 2_000_000_001_000 / 1000
    fs.utimesSync(path.join(root, 'electron/core/db/connection.ts'), later, later)
    expect(cliToRun(root)).toBe('source')
  })
})

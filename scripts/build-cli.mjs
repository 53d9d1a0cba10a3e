#!/usr/bin/env node
// Builds the `terrain` command to JavaScript (out/cli/), so that it starts at once: tsx compiling
// the TypeScript on each run cost over a second. Run by `npm install` (prepare) and `npm test`.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.join(root, 'out', 'cli')

fs.rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { terrain: 'electron/cli/index.ts' },
  outdir,
  bundle: true,
  // Each command in its own chunk, loaded when it runs (run-cli.ts).
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay in node_modules: the native SQLite driver, Chromium's driver, fonts.
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
})
// What the launcher compares with the sources: a build older than any of them is not used.
fs.writeFileSync(path.join(outdir, 'built-at'), String(Date.now()))

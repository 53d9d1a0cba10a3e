#!/usr/bin/env node
// The `terrain` command. It runs the CLI built to JavaScript (out/cli/, by `npm install` and
// `npm test`); in a checkout whose sources changed since that build, the TypeScript through tsx.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { cliToRun } from './cli-launch.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (cliToRun(root) === 'built') {
  await import(pathToFileURL(path.join(root, 'out', 'cli', 'terrain.mjs')).href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(pathToFileURL(path.join(root, 'electron', 'cli', 'index.ts')).href)
}

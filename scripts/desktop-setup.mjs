#!/usr/bin/env node
// Desktop-only setup, run by `npm start`: fetches the Electron binary (needs internet once) and
// builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules untouched for the tests and the CLI. electron-rebuild in place would replace it.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { nodeVersionProblem, packageCopyFilter, setupLanguage } from './desktop-setup-checks.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const target = path.join(root, '.electron-native', 'better_sqlite3.node')

function fail(message) {
  console.error(`terrain: ${message}`)
  process.exit(1)
}

const tooOld = nodeVersionProblem(process.version, require('electron/package.json').engines?.node, setupLanguage())
if (tooOld) fail(tooOld)

let electronPath
try {
  electronPath = require('electron') // downloads the binary on first use
} catch (e) {
  fail(
    `the Electron binary could not be fetched (${e.message}). It needs internet once; the CLI and the tests do not need it.`,
  )
}
const electronVersion = require('electron/package.json').version
const stamp = path.join(root, '.electron-native', 'electron-version')
if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion) process.exit(0)

const work = fs.mkdtempSync(path.join(root, '.electron-native-build-'))
try {
  const source = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'))
  fs.cpSync(source, work, { recursive: true, filter: packageCopyFilter(source) })
  console.error(`Building better-sqlite3-multiple-ciphers for Electron ${electronVersion} (about a minute)…`)
  execFileSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  )
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target)
  fs.writeFileSync(stamp, electronVersion)
  void electronPath
} catch (e) {
  fail(`better-sqlite3-multiple-ciphers could not be built for Electron (${e.message}).`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}

import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE, PACKAGED_NATIVE } from '../../electron/core/db/native-driver'

const ROOT = path.resolve(__dirname, '../..')
const require = createRequire(import.meta.url)
type Config = {
  files: (string | { filter: string[] })[]
  extraResources: { from: string; to: string }[]
  npmRebuild: boolean
  mac: { target: string[] }
  win: { target: string[] }
  linux: { target: string[] }
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (dir: string, file: string | null, options: null) => Promise<Config>
  validateConfiguration: (c: Config, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

/**
 * The installers cannot be built here (electron-builder downloads Electron), so electron-builder.yml
 * is checked as far as that allows: against electron-builder's own schema, and against the code
 * that finds the database engine in an installed app.
 */
describe('the desktop packaging configuration (electron-builder.yml)', () => {
  it('is valid for electron-builder, which refuses a misspelt option', async () => {
    const config = await getConfig(ROOT, null, null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    const misspelt = { ...config, mac: { ...config.mac, targets: ['dmg'] } }
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.mac/)
  })

  it('packs the built app and puts the Electron build of the database engine where the app looks for it', async () => {
    const config = await getConfig(ROOT, null, null)
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string }
    // electron-builder reads the list into one filter.
    const files = config.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter))
    expect(files).toContain('out/**')
    expect(pkg.main.startsWith('./out/')).toBe(true)
    expect(config.extraResources).toEqual([
      { from: `${ELECTRON_NATIVE_DIR}/${ELECTRON_NATIVE_FILE}`, to: PACKAGED_NATIVE.join('/') },
    ])
    // Rebuilding in node_modules would replace the Node build the CLI and the tests load.
    expect(config.npmRebuild).toBe(false)
    expect(files).toContain('!node_modules/better-sqlite3-multiple-ciphers/build/**')
  })

  it('makes an installer for each platform', async () => {
    const config = await getConfig(ROOT, null, null)
    expect(config.mac.target).toContain('dmg')
    expect(config.win.target).toContain('nsis')
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
  })
})

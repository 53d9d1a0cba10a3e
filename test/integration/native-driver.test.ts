import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ELECTRON_NATIVE_DIR,
  ELECTRON_NATIVE_FILE,
  PACKAGED_NATIVE,
  findNativeDriver,
} from '../../electron/core/db/native-driver'

const nodeBuild = path.resolve(
  __dirname,
  '../../node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
)

function checkout(content?: Buffer | string): string {
  const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-native-'))
  if (content !== undefined) {
    fs.mkdirSync(path.join(appPath, ELECTRON_NATIVE_DIR))
    fs.writeFileSync(path.join(appPath, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE), content)
  }
  return appPath
}

describe('the database engine the desktop app loads', () => {
  it('is the build in .electron-native/ of a checkout, tried on an in-memory database', () => {
    const appPath = checkout(fs.readFileSync(nodeBuild))
    expect(findNativeDriver({ appPath, isPackaged: false })).toEqual({
      ok: true,
      binding: path.join(appPath, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE),
    })
  })

  it('is missing when the set-up step never built it, instead of silently taking the Node build', () => {
    const appPath = checkout()
    expect(findNativeDriver({ appPath, isPackaged: false })).toMatchObject({ ok: false, problem: 'missing' })
  })

  it('cannot be loaded when the file is damaged or built for another runtime, with the loader’s own words', () => {
    const r = findNativeDriver({ appPath: checkout('MZ not a library'), isPackaged: false })
    expect(r).toMatchObject({ ok: false, problem: 'unloadable' })
    expect(r.ok ? '' : r.detail).toMatch(/better_sqlite3\.node: (file too short|invalid ELF header)/)
  })

  it('is the one in the resources of an installed app, outside the asar archive', () => {
    const resourcesPath = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-resources-'))
    const binding = path.join(resourcesPath, ...PACKAGED_NATIVE)
    expect(findNativeDriver({ appPath: checkout(), isPackaged: true, resourcesPath })).toMatchObject({
      ok: false,
      problem: 'missing',
      binding,
    })
    fs.mkdirSync(path.dirname(binding))
    fs.copyFileSync(nodeBuild, binding)
    expect(findNativeDriver({ appPath: checkout(), isPackaged: true, resourcesPath })).toEqual({ ok: true, binding })
  })
})

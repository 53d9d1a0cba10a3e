import Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import path from 'node:path'

/** Where desktop set-up (scripts/desktop-setup.mjs) puts the Electron build of better-sqlite3. */
export const ELECTRON_NATIVE_DIR = '.electron-native'
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node'

export type NativeDriver =
  { ok: true; binding: string } | { ok: false; problem: 'missing' | 'unloadable'; binding: string; detail: string }

/** Where an installed app carries it: in its resources, outside the asar archive (electron-builder.yml). */
export const PACKAGED_NATIVE = ['native', ELECTRON_NATIVE_FILE] as const

/**
 * Which build of better-sqlite3 the desktop app loads, tried once at launch on an in-memory
 * database. Left to itself better-sqlite3 falls back on the Node build, which Electron cannot load:
 * the window would open and the first engagement would fail. A checkout carries the Electron build
 * in .electron-native/ (scripts/desktop-setup.mjs), an installed app in its resources folder.
 */
export function findNativeDriver(o: { appPath: string; isPackaged: boolean; resourcesPath?: string }): NativeDriver {
  const binding = o.isPackaged
    ? path.join(o.resourcesPath ?? o.appPath, ...PACKAGED_NATIVE)
    : path.join(o.appPath, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE)
  if (!fs.existsSync(binding)) return { ok: false, problem: 'missing', binding, detail: binding }
  try {
    new Database(':memory:', { nativeBinding: binding }).close()
    return { ok: true, binding }
  } catch (e) {
    return { ok: false, problem: 'unloadable', binding, detail: e instanceof Error ? e.message : String(e) }
  }
}

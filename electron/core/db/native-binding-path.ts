import path from 'node:path'

/** Where desktop set-up (scripts/desktop-setup.mjs) puts the Electron build of better-sqlite3. */
export const ELECTRON_NATIVE_DIR = '.electron-native'
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node'

/** Where an installed app carries it: in its resources, outside the asar archive (electron-builder.yml). */
export const PACKAGED_NATIVE = ['native', ELECTRON_NATIVE_FILE] as const

/**
 * Which build of better-sqlite3 the desktop app loads: a checkout carries the Electron build in
 * .electron-native/ (scripts/desktop-setup.mjs), an installed app in its resources folder. Only a
 * path: main never loads SQLite itself, the core worker does (native-driver.ts).
 */
export function nativeBindingPath(o: { appPath: string; isPackaged: boolean; resourcesPath?: string }): string {
  return o.isPackaged
    ? path.join(o.resourcesPath ?? o.appPath, ...PACKAGED_NATIVE)
    : path.join(o.appPath, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE)
}

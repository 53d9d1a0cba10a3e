import Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import { nativeBindingPath } from './native-binding-path'

export { ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE, PACKAGED_NATIVE } from './native-binding-path'

export type NativeDriver =
  { ok: true; binding: string } | { ok: false; problem: 'missing' | 'unloadable'; binding: string; detail: string }

/**
 * Tries a build of better-sqlite3 once, on an in-memory database. Left to itself better-sqlite3
 * falls back on the Node build, which Electron cannot load: the window would open and the first
 * engagement would fail.
 */
export function tryNativeBinding(binding: string): NativeDriver {
  if (!fs.existsSync(binding)) return { ok: false, problem: 'missing', binding, detail: binding }
  try {
    new Database(':memory:', { nativeBinding: binding }).close()
    return { ok: true, binding }
  } catch (e) {
    return { ok: false, problem: 'unloadable', binding, detail: e instanceof Error ? e.message : String(e) }
  }
}

/** Which build the desktop app loads (native-binding-path.ts), tried. */
export const findNativeDriver = (o: { appPath: string; isPackaged: boolean; resourcesPath?: string }): NativeDriver =>
  tryNativeBinding(nativeBindingPath(o))

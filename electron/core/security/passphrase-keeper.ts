import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * The OS keychain as Electron's safeStorage offers it. `available` is false where the keychain is
 * not a real one (Linux's basic_text backend encrypts with a fixed key): there nothing is kept.
 */
export interface SecretBox {
  available(): boolean
  seal(text: string): Buffer
  open(sealed: Buffer): string
}

/**
 * Whether safeStorage is a real keychain: macOS Keychain and Windows DPAPI are; on Linux only a
 * keyring backend (libsecret, kwallet), never 'basic_text' (a key written in Chromium's source).
 */
export function isRealKeychain(platform: NodeJS.Platform, available: boolean, linuxBackend?: string): boolean {
  if (!available) return false
  if (platform !== 'linux') return true
  return linuxBackend !== undefined && /^(gnome_libsecret|kwallet\d*)$/.test(linuxBackend)
}

const Stored = z.record(z.string(), z.string())

/**
 * Passphrases the consultant asked this computer to remember, sealed by the OS keychain and kept
 * by engagement path in the app's folder. Nothing readable is stored: without the user's keychain
 * the file holds only sealed bytes.
 */
export class PassphraseKeeper {
  private readonly file: string
  constructor(
    dataDir: string,
    private readonly box: SecretBox | null,
  ) {
    this.file = path.join(dataDir, 'passphrases.json')
  }

  /** Whether this computer can keep a passphrase safely. */
  canRemember(): boolean {
    try {
      return this.box?.available() === true
    } catch {
      return false
    }
  }

  recall(file: string): string | undefined {
    if (!this.canRemember()) return undefined
    const sealed = this.read()[key(file)]
    if (sealed === undefined) return undefined
    try {
      return this.box!.open(Buffer.from(sealed, 'base64'))
    } catch {
      // The keychain changed (another user, a reinstalled OS): ask again.
      return undefined
    }
  }

  has(file: string): boolean {
    return this.canRemember() && key(file) in this.read()
  }

  remember(file: string, passphrase: string): void {
    if (!this.canRemember()) return
    this.write({ ...this.read(), [key(file)]: this.box!.seal(passphrase).toString('base64') })
  }

  forget(file: string): void {
    const all = this.read()
    if (!(key(file) in all)) return
    delete all[key(file)]
    this.write(all)
  }

  private read(): Record<string, string> {
    try {
      return Stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')))
    } catch {
      return {}
    }
  }

  private write(all: Record<string, string>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 })
    fs.renameSync(tmp, this.file)
  }
}

/** One entry per file, whatever path it was opened by. */
function key(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

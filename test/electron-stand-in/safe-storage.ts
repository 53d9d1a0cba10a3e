import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { requireReady } from './app'
import { standInConfig } from './config'
import { note } from './rules'

/**
 * Electron's safeStorage: strings sealed by the OS keychain. As in Electron, it answers only once
 * the app is ready, and on Linux it reports which backend it uses: 'basic_text' (a fixed key, no
 * real keychain) unless the launch says a keyring is there.
 */
const osKey = randomBytes(32)

export const safeStorage = {
  isEncryptionAvailable(): boolean {
    requireReady('safeStorage.isEncryptionAvailable')
    return true
  },
  getSelectedStorageBackend(): string {
    requireReady('safeStorage.getSelectedStorageBackend')
    if (standInConfig.platform !== 'linux') throw new Error('getSelectedStorageBackend is only available on Linux')
    return standInConfig.keyring
  },
  encryptString(text: string): Buffer {
    requireReady('safeStorage.encryptString')
    note('safeStorage.encryptString')
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', osKey, iv)
    const body = Buffer.concat([c.update(text, 'utf8'), c.final()])
    return Buffer.concat([iv, c.getAuthTag(), body])
  },
  decryptString(sealed: Buffer): string {
    requireReady('safeStorage.decryptString')
    const d = createDecipheriv('aes-256-gcm', osKey, sealed.subarray(0, 12))
    d.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8')
  },
}

import { safeStorage } from 'electron'
import { isRealKeychain, type SecretBox } from '../core/security/passphrase-keeper'

/** The OS keychain through safeStorage, trusted only where it is a real one (passphrase-keeper.ts). */
export function osKeychain(): SecretBox {
  return {
    available: () =>
      isRealKeychain(
        process.platform,
        safeStorage.isEncryptionAvailable(),
        process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
      ),
    seal: (text) => safeStorage.encryptString(text),
    open: (sealed) => safeStorage.decryptString(sealed),
  }
}

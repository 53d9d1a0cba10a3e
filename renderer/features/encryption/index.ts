// What the rest of the UI may use of encryption; the other files are its own.
export { EncryptionCard } from './EncryptionCard'
export { EncryptionChoice } from './EncryptionChoice'
export { emptyPassphrase, PassphraseFields, passphraseReady } from './PassphraseFields'
export { keychainAvailable, UnlockDialog, useUnlock } from './UnlockDialog'

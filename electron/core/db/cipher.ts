import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * How an engagement is encrypted: SQLCipher 4's scheme (AES-256 with an HMAC per page, PBKDF2 of
 * 256,000 rounds), as SQLite3 Multiple Ciphers writes it. A consultant's data is never locked in
 * Terrain: DB Browser for SQLite (SQLCipher edition) opens the file with its passphrase. The whole
 * file is encrypted, header included: a stolen file says nothing, not even that it is a database.
 */
const SCHEME = ['cipher = sqlcipher', 'legacy = 4'] as const

/** The same passphrase typed on a Mac (decomposed accents) and on Windows must open the file. */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8')
}

/** Gives a fresh connection the passphrase, before any page is read or written. */
export function unlock(db: Database, passphrase: string | undefined): void {
  if (passphrase === undefined) return
  for (const p of SCHEME) db.pragma(p)
  db.key(passphrase === '' ? Buffer.alloc(0) : passphraseBytes(passphrase))
}

/**
 * Re-encrypts the file behind a connection that holds it alone in rollback-journal mode: a
 * passphrase encrypts a plain file or changes the key; null decrypts.
 */
export function rekey(db: Database, passphrase: string | null): void {
  for (const p of SCHEME) db.pragma(p)
  db.rekey(passphrase === null ? Buffer.alloc(0) : passphraseBytes(passphrase))
}

/** The first bytes of every plain SQLite file; an encrypted engagement starts with random salt. */
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Whether a file that is not plain SQLite may be an encrypted database: encryption keeps whole
 * pages, so its size is a multiple of 512 bytes. A document, a picture or a zip almost never is,
 * and those get "not a Terrain engagement" rather than a request for a passphrase.
 */
export function mayBeEncrypted(size: number): boolean {
  return size >= 1024 && size % 512 === 0
}

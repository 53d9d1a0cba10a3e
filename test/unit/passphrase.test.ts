import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generatePassphrase, passphraseLongEnough } from '../../shared/domain/passphrase'
import { isRealKeychain } from '../../electron/core/security/passphrase-keeper'
import { mayBeEncrypted } from '../../electron/core/db/cipher'

describe('a generated passphrase', () => {
  it('is six groups of five unambiguous characters, different each time', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const p = generatePassphrase((n) => randomBytes(n))
      expect(p).toMatch(/^[a-hjkmnp-twx-z2-9]{5}(-[a-hjkmnp-twx-z2-9]{5}){5}$/)
      expect(p).not.toMatch(/[01ilouv]/)
      seen.add(p)
    }
    expect(seen.size).toBe(200)
  })

  it('rejects the bytes a modulo would favour, so that every character is equally likely', () => {
    // 232 = 8 × 29: bytes from 232 up would make the first 24 characters likelier; they are skipped.
    const batches = [[...Array<number>(40).fill(240), ...Array<number>(24).fill(0)], Array<number>(64).fill(1)]
    let k = 0
    const source = (n: number) => Uint8Array.from(batches[k++] ?? Array<number>(n).fill(2))
    expect(generatePassphrase(source)).toBe('aaaaa-aaaaa-aaaaa-aaaaa-aaaab-bbbbb')
  })

  it('counts length in characters as typed: twelve accented letters are enough, eleven are not', () => {
    expect(passphraseLongEnough('é'.repeat(12))).toBe(true)
    expect(passphraseLongEnough('é'.repeat(11))).toBe(false)
    expect(passphraseLongEnough('🔒'.repeat(12))).toBe(true)
    expect(passphraseLongEnough('🔒'.repeat(11))).toBe(false)
  })
})

describe('the OS keychain', () => {
  it('is trusted on macOS and Windows when available, and on Linux only with a keyring', () => {
    expect(isRealKeychain('darwin', true)).toBe(true)
    expect(isRealKeychain('win32', true)).toBe(true)
    expect(isRealKeychain('win32', false)).toBe(false)
    expect(isRealKeychain('linux', true, 'gnome_libsecret')).toBe(true)
    expect(isRealKeychain('linux', true, 'kwallet5')).toBe(true)
    expect(isRealKeychain('linux', true, 'basic_text')).toBe(false)
    expect(isRealKeychain('linux', true, 'unknown')).toBe(false)
    expect(isRealKeychain('linux', false, 'gnome_libsecret')).toBe(false)
  })
})

describe('a file that is not plain SQLite', () => {
  it('may be encrypted only when it is made of whole pages', () => {
    expect(mayBeEncrypted(4096 * 10)).toBe(true)
    expect(mayBeEncrypted(1024)).toBe(true)
    expect(mayBeEncrypted(512)).toBe(false)
    expect(mayBeEncrypted(4096 * 10 + 1)).toBe(false)
    expect(mayBeEncrypted(0)).toBe(false)
  })
})

/** The shortest passphrase Terrain accepts for a new key: a lost laptop meets a patient attacker. */
export const MIN_PASSPHRASE = 12

/** Letters and digits that cannot be misread on a printed sheet (no 0/O, 1/I/L, U/V). */
const ALPHABET = 'abcdefghjkmnpqrstwxyz23456789'
const GROUPS = 6
const GROUP_LENGTH = 5

/**
 * A strong passphrase to type and to print: six groups of five characters from an alphabet of 29
 * (about 145 bits), drawn by rejection so that every character is equally likely.
 */
export function generatePassphrase(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % ALPHABET.length)
  const chars: string[] = []
  while (chars.length < GROUPS * GROUP_LENGTH) {
    for (const b of randomBytes(64)) {
      if (b < limit && chars.length < GROUPS * GROUP_LENGTH) chars.push(ALPHABET[b % ALPHABET.length]!)
    }
  }
  const groups: string[] = []
  for (let i = 0; i < GROUPS; i++) groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''))
  return groups.join('-')
}

/** Whether a new passphrase may be used: long enough, counted in characters as typed. */
export function passphraseLongEnough(passphrase: string): boolean {
  return [...passphrase].length >= MIN_PASSPHRASE
}

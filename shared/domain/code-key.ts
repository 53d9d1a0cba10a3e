import { CodeKey } from './codebook'

/** The longest key the codebook accepts (CodeKey), less room for a number. */
const MAX_BASE = 37

/** The first real word of a name as a key segment, in ASCII capitals: "Réunions inutiles" gives REUNIONS. */
export function keySegment(name: string): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()
  const words = ascii.split(/[^A-Z0-9]+/).filter((w) => w.length > 0)
  const word = words.find((w) => w.length >= 3) ?? words[0] ?? 'CODE'
  return word.slice(0, 8)
}

/** `base`, or `base2`, `base3`… the first that no key in `taken` already is (case aside). */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((k) => k.toUpperCase()))
  const start = base.slice(0, MAX_BASE)
  for (let n = 1; ; n++) {
    const key = n === 1 ? start : `${start}${n}`
    if (!used.has(key.toUpperCase()) && CodeKey.safeParse(key).success) return key
  }
}

/**
 * A key for a new code: its parent's key (or its family's) and a word of its name, made unique
 * with a number when taken (OUT.MEETINGS, OUT.MEETINGS2). The diagnosis reads keys, so they stay
 * short, stable and ASCII.
 */
export const suggestCodeKey = (prefix: string, name: string, taken: Iterable<string>): string =>
  uniqueKey(`${prefix}.${keySegment(name)}`, taken)

import { CodeKey } from '../../../shared/domain/codebook'

const MAX = 40

/** Capitals, digits and dashes from a name: "Santé mentale" gives SANTE-MENTALE. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const trimEnd = (s: string): string => s.replace(/[-.]+$/, '')

/**
 * A key for a code (or family) the file gives no key: the family's key and the name, as the
 * default codebook's keys read (OUT.FIND), made unique with -2, -3… and always a valid CodeKey.
 */
export function keyFromName(name: string, prefix: string | null, taken: (key: string) => boolean): string {
  const head = prefix ? slug(prefix) : ''
  const base = trimEnd([head, slug(name) || 'CODE'].filter(Boolean).join('.').slice(0, MAX))
  let key = base
  for (let n = 2; taken(key) || !CodeKey.safeParse(key).success; n++) {
    const suffix = `-${n}`
    key = `${trimEnd(base.slice(0, MAX - suffix.length))}${suffix}`
  }
  return key
}

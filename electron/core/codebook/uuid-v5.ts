import { createHash } from 'node:crypto'

/** RFC 9562 name-based UUID (SHA-1), so that the same codebook gives the same ids everywhere. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const b = hash.subarray(0, 16)
  b[6] = (b[6]! & 0x0f) | 0x50
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Terrain's namespace for derived ids (itself a v5 of the URL namespace). */
export const TERRAIN_NAMESPACE = uuidV5('https://terrain.invalid/codebook', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')

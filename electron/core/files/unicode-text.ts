import { TextDecoder } from 'node:util'

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

/**
 * The text of a format that is Unicode by definition (JSON): UTF-16 after its byte order mark,
 * UTF-8 otherwise (a BOM dropped); null when the bytes are not valid in that encoding. Windows-1252
 * is guessed only for CSV and TXT (../shared/LIMITS.md), never here.
 */
export function decodeUnicode(bytes: Uint8Array): string | null {
  const encoding = startsWith(bytes, 0xff, 0xfe) ? 'utf-16le' : startsWith(bytes, 0xfe, 0xff) ? 'utf-16be' : 'utf-8'
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

import { fileChunks, openGuardedFile } from '../files/guarded-file'
import { decodeWindows1252, looksBinary } from './decode-text'

/** How a CSV's bytes are text: what decode-text.ts's decodeText decides for a whole file, decided here by reading it through. */
export type TextEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Enough of a file's start to see a BOM and a workbook's or a binary's NUL bytes. */
const HEAD_BYTES = 8192

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

/**
 * The encoding of a text file as spreadsheets write it: UTF-8 with a BOM, UTF-16 with a BOM, UTF-8
 * when every byte of the file is valid UTF-8, else Windows-1252 (French Excel's "CSV (separator:
 * semicolon)"). Only the BOM-less case reads the whole file, chunk by chunk, to check it. Null for a
 * binary (a NUL byte near the start, UTF-16 aside).
 */
export function sniffEncoding(absolute: string, file: string): TextEncoding | null {
  const f = openGuardedFile(absolute, file)
  let head: Uint8Array
  try {
    head = f.read(0, HEAD_BYTES)
  } finally {
    f.close()
  }
  if (looksBinary(head)) return null
  if (startsWith(head, 0xef, 0xbb, 0xbf)) return 'utf-8-bom'
  if (startsWith(head, 0xff, 0xfe)) return 'utf-16le'
  if (startsWith(head, 0xfe, 0xff)) return 'utf-16be'
  const check = new TextDecoder('utf-8', { fatal: true })
  try {
    for (const chunk of fileChunks(absolute, file)) check.decode(chunk, { stream: true })
    check.decode()
    return 'utf-8'
  } catch (e) {
    if (e instanceof TypeError) return 'windows-1252'
    throw e
  }
}

/**
 * The file's text as UTF-8 bytes without a BOM, chunk by chunk: what the CSV parser reads. UTF-8 is
 * passed through (a stray byte in a file with a BOM becomes U+FFFD when its cell is decoded);
 * the other encodings are decoded, a character cut between two chunks kept for the next one.
 */
export function* utf8Chunks(absolute: string, file: string, encoding: TextEncoding): Generator<Buffer> {
  let first = true
  const decoder = encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null
  for (const chunk of fileChunks(absolute, file)) {
    const bytes = first && encoding === 'utf-8-bom' ? chunk.subarray(3) : chunk
    first = false
    if (decoder) yield Buffer.from(decoder.decode(bytes, { stream: true }), 'utf8')
    else if (encoding === 'windows-1252') yield Buffer.from(decodeWindows1252(bytes), 'utf8')
    else yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  if (decoder) yield Buffer.from(decoder.decode(), 'utf8')
}

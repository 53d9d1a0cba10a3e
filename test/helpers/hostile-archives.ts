import zlib from 'node:zlib'
import { strToU8 } from 'fflate'

/** One entry of a ZIP written by hand: its stored bytes, and what the directory says of them. */
export interface RawEntry {
  name: string
  /** The bytes as stored: deflated (method 8) or as they are (method 0). */
  data: Uint8Array
  method?: 0 | 8
  /** What the central directory declares; the real size by default (inflated here: keep it small). */
  declaredSize?: number
  /** What the central directory declares as the compressed size; data's length by default. */
  declaredCompressed?: number
  /** Sizes given in a ZIP64 extra field, 0xFFFFFFFF in the classic ones (as large archives do). */
  zip64?: boolean
}

const MB = 1024 * 1024

/** Deflated bytes of `megabytes` MB of zeros, made from one flushed 1 MB segment repeated: a bomb in kilobytes. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const segment = zlib.deflateRawSync(Buffer.alloc(MB), { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 })
  const out = new Uint8Array(segment.length * megabytes + 2)
  for (let i = 0; i < megabytes; i++) out.set(segment, i * segment.length)
  // An empty final block with fixed codes ends the stream.
  out.set([0x03, 0x00], segment.length * megabytes)
  return out
}

/** Deflated bytes of a text (for entries whose real content matters). */
export const deflated = (text: string | Uint8Array): Uint8Array =>
  zlib.deflateRawSync(typeof text === 'string' ? strToU8(text) : text)

/**
 * A ZIP archive written field by field, so that a test can make it lie: declared sizes, names
 * that leave the archive, thousands of entries. CRCs are left at 0 (Terrain does not rely on them).
 */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = strToU8(e.name)
    const method = e.method ?? 8
    const compressed = e.declaredCompressed ?? e.data.length
    const size = e.declaredSize ?? (method === 0 ? e.data.length : zlib.inflateRawSync(e.data).length)
    const local = header(30, name, (v) => {
      v.setUint32(0, 0x04034b50, true)
      v.setUint16(4, 20, true)
      v.setUint16(6, 0x800, true)
      v.setUint16(8, method, true)
      v.setUint32(18, compressed, true)
      v.setUint32(22, size, true)
      v.setUint16(26, name.length, true)
    })
    const extra = e.zip64 ? zip64Extra(size, compressed) : new Uint8Array(0)
    const central = header(46, concat([name, extra]), (v) => {
      v.setUint32(0, 0x02014b50, true)
      v.setUint16(4, 20, true)
      v.setUint16(6, 20, true)
      v.setUint16(8, 0x800, true)
      v.setUint16(10, method, true)
      v.setUint32(20, e.zip64 ? 0xffffffff : compressed, true)
      v.setUint32(24, e.zip64 ? 0xffffffff : size, true)
      v.setUint16(28, name.length, true)
      v.setUint16(30, extra.length, true)
      v.setUint32(42, offset, true)
    })
    locals.push(local, e.data)
    centrals.push(central)
    offset += local.length + e.data.length
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const v = new DataView(end.buffer)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, Math.min(entries.length, 0xffff), true)
  v.setUint16(10, Math.min(entries.length, 0xffff), true)
  v.setUint32(12, directorySize, true)
  v.setUint32(16, offset, true)
  return concat([...locals, ...centrals, end])
}

/** The ZIP64 extended information field (id 1): the uncompressed, then the compressed size, 64 bits each. */
function zip64Extra(size: number, compressed: number): Uint8Array {
  const extra = new Uint8Array(20)
  const v = new DataView(extra.buffer)
  v.setUint16(0, 1, true)
  v.setUint16(2, 16, true)
  v.setBigUint64(4, BigInt(size), true)
  v.setBigUint64(12, BigInt(compressed), true)
  return extra
}

function header(size: number, name: Uint8Array, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size + name.length)
  fill(new DataView(bytes.buffer))
  bytes.set(name, size)
  return bytes
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

import zlib from 'node:zlib'

/**
 * The tables of a WOFF 1.0 font, each inflated. WOFF rather than WOFF2: its tables are plain
 * zlib, which Node has, where WOFF2 transforms the glyphs in a way we would have to undo.
 */
export function woffTables(file: Buffer): Map<string, Buffer> {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font')
  const tables = new Map<string, Buffer>()
  const count = file.readUInt16BE(12)
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20
    const tag = file.toString('latin1', at, at + 4)
    const offset = file.readUInt32BE(at + 4)
    const stored = file.readUInt32BE(at + 8)
    const length = file.readUInt32BE(at + 12)
    const data = file.subarray(offset, offset + stored)
    tables.set(tag, stored < length ? zlib.inflateSync(data) : data)
  }
  return tables
}

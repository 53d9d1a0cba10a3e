import fs from 'node:fs'

/**
 * Advance widths of a TrueType font, read from its cmap (format 4, the Basic Multilingual Plane)
 * and hmtx tables: what a glyph occupies on a line, in ems. Enough to measure text set in it.
 */
export function ttfAdvanceWidths(file: string): { widths: Map<number, number>; unitsPerEm: number } {
  const b = fs.readFileSync(file)
  const tables = new Map<string, number>()
  const count = b.readUInt16BE(4)
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    tables.set(b.toString('latin1', at, at + 4), b.readUInt32BE(at + 8))
  }
  const table = (tag: string) =>
    tables.get(tag) ??
    (() => {
      throw new Error(`${file} has no ${tag} table`)
    })()
  const unitsPerEm = b.readUInt16BE(table('head') + 18)
  const metrics = b.readUInt16BE(table('hhea') + 34)
  const hmtx = table('hmtx')
  const advance = (glyph: number) => b.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1))
  const cmap = table('cmap')
  let sub = -1
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8
    const [platform, encoding] = [b.readUInt16BE(at), b.readUInt16BE(at + 2)]
    if (platform === 3 && encoding === 1) sub = cmap + b.readUInt32BE(at + 4)
  }
  if (sub < 0 || b.readUInt16BE(sub) !== 4) throw new Error(`${file} has no Unicode BMP cmap (format 4)`)
  const segments = b.readUInt16BE(sub + 6) / 2
  const ends = sub + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const offsets = deltas + segments * 2
  const widths = new Map<number, number>()
  for (let s = 0; s < segments; s++) {
    const end = b.readUInt16BE(ends + s * 2)
    const start = b.readUInt16BE(starts + s * 2)
    const delta = b.readInt16BE(deltas + s * 2)
    const rangeOffset = b.readUInt16BE(offsets + s * 2)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff
      else {
        const at = offsets + s * 2 + rangeOffset + (c - start) * 2
        const g = b.readUInt16BE(at)
        glyph = g === 0 ? 0 : (g + delta) & 0xffff
      }
      if (glyph !== 0) widths.set(c, advance(glyph) / unitsPerEm)
    }
  }
  return { widths, unitsPerEm }
}

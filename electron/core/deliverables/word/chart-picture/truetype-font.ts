import type { PathCommand } from './path-commands'

/** A point of a TrueType outline, in font units: on the curve, or the control point of a quadratic. */
interface OutlinePoint {
  x: number
  y: number
  on: boolean
}

/**
 * What drawing text needs from a TrueType font (glyf outlines): the glyph of a character, its
 * advance, its outline as path commands in font units (y up), and the vertical metrics.
 */
export class TrueTypeFont {
  readonly unitsPerEm: number
  readonly ascender: number
  readonly descender: number
  private readonly glyphCount: number
  private readonly metricsCount: number
  private readonly longOffsets: boolean
  private readonly cmap: (code: number) => number

  constructor(private readonly tables: Map<string, Buffer>) {
    const head = this.table('head')
    const hhea = this.table('hhea')
    this.unitsPerEm = head.readUInt16BE(18)
    this.longOffsets = head.readInt16BE(50) === 1
    this.ascender = hhea.readInt16BE(4)
    this.descender = hhea.readInt16BE(6)
    this.metricsCount = hhea.readUInt16BE(34)
    this.glyphCount = this.table('maxp').readUInt16BE(4)
    this.cmap = readCmap(this.table('cmap'))
  }

  private table(tag: string): Buffer {
    const t = this.tables.get(tag)
    if (!t) throw new Error(`font has no ${tag} table`)
    return t
  }

  /** The glyph of a character, 0 (.notdef) when the font has none. */
  glyph(code: number): number {
    const g = this.cmap(code)
    return g < this.glyphCount ? g : 0
  }

  advance(glyph: number): number {
    const hmtx = this.table('hmtx')
    return hmtx.readUInt16BE(4 * Math.min(glyph, this.metricsCount - 1))
  }

  /** The glyph's outline in font units, y pointing up. */
  outline(glyph: number): PathCommand[] {
    return this.contours(glyph, 0).flatMap(contourPath)
  }

  private glyphData(glyph: number): Buffer | null {
    const loca = this.table('loca')
    const at = (i: number) => (this.longOffsets ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2)
    const [start, end] = [at(glyph), at(glyph + 1)]
    return end > start ? this.table('glyf').subarray(start, end) : null
  }

  private contours(glyph: number, depth: number): OutlinePoint[][] {
    const data = this.glyphData(glyph)
    if (!data || depth > 8) return []
    const count = data.readInt16BE(0)
    return count >= 0 ? simpleContours(data, count) : this.compositeContours(data, depth)
  }

  /** A glyph made of others (an accented letter: the letter and its accent), each moved and scaled. */
  private compositeContours(data: Buffer, depth: number): OutlinePoint[][] {
    const out: OutlinePoint[][] = []
    let at = 10
    for (;;) {
      const flags = data.readUInt16BE(at)
      const part = data.readUInt16BE(at + 2)
      at += 4
      const words = (flags & 0x0001) !== 0
      const xy = (flags & 0x0002) !== 0
      const dx = words ? data.readInt16BE(at) : data.readInt8(at)
      const dy = words ? data.readInt16BE(at + 2) : data.readInt8(at + 1)
      at += words ? 4 : 2
      const f2 = (o: number) => data.readInt16BE(o) / 16384
      let [a, b, c, d] = [1, 0, 0, 1]
      if (flags & 0x0008) {
        a = d = f2(at)
        at += 2
      } else if (flags & 0x0040) {
        ;[a, d] = [f2(at), f2(at + 2)]
        at += 4
      } else if (flags & 0x0080) {
        ;[a, b, c, d] = [f2(at), f2(at + 2), f2(at + 4), f2(at + 6)]
        at += 8
      }
      // Components placed by matching points (rare in Latin fonts) are left where they are.
      const [ox, oy] = xy ? [dx, dy] : [0, 0]
      for (const contour of this.contours(part, depth + 1))
        out.push(contour.map((p) => ({ x: a * p.x + c * p.y + ox, y: b * p.x + d * p.y + oy, on: p.on })))
      if (!(flags & 0x0020)) break
    }
    return out
  }
}

function simpleContours(data: Buffer, count: number): OutlinePoint[][] {
  const ends = Array.from({ length: count }, (_, i) => data.readUInt16BE(10 + i * 2))
  const points = (ends.at(-1) ?? -1) + 1
  let at = 10 + count * 2
  at += 2 + data.readUInt16BE(at)
  const flags: number[] = []
  while (flags.length < points) {
    const f = data[at++]!
    flags.push(f)
    if (f & 0x08) for (let r = data[at++]!; r > 0; r--) flags.push(f)
  }
  const coords = (short: number, same: number): number[] => {
    let v = 0
    return flags.map((f) => {
      if (f & short) {
        const d = data[at++]!
        v += f & same ? d : -d
      } else if (!(f & same)) {
        v += data.readInt16BE(at)
        at += 2
      }
      return v
    })
  }
  const xs = coords(0x02, 0x10)
  const ys = coords(0x04, 0x20)
  const out: OutlinePoint[][] = []
  let start = 0
  for (const end of ends) {
    out.push(flags.slice(start, end + 1).map((f, i) => ({ x: xs[start + i]!, y: ys[start + i]!, on: (f & 1) !== 0 })))
    start = end + 1
  }
  return out
}

/** A TrueType contour as path commands: two control points in a row imply an on-curve point between them. */
function contourPath(points: OutlinePoint[]): PathCommand[] {
  if (points.length === 0) return []
  const first = points.findIndex((p) => p.on)
  const ring = first < 0 ? points : [...points.slice(first), ...points.slice(0, first)]
  const mid = (p: OutlinePoint, q: OutlinePoint) => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, on: true })
  const start = first < 0 ? mid(ring.at(-1)!, ring[0]!) : ring[0]!
  const out: PathCommand[] = [{ op: 'M', x: start.x, y: start.y }]
  let control: OutlinePoint | null = null
  for (const p of [...ring.slice(first < 0 ? 0 : 1), start]) {
    if (p.on) {
      out.push(control ? { op: 'Q', x1: control.x, y1: control.y, x: p.x, y: p.y } : { op: 'L', x: p.x, y: p.y })
      control = null
    } else {
      if (control) {
        const m = mid(control, p)
        out.push({ op: 'Q', x1: control.x, y1: control.y, x: m.x, y: m.y })
      }
      control = p
    }
  }
  out.push({ op: 'Z' })
  return out
}

/** The character-to-glyph map: the Unicode subtable of format 12 (full range) or 4 (BMP). */
function readCmap(cmap: Buffer): (code: number) => number {
  const count = cmap.readUInt16BE(2)
  let best: { format: number; at: number } | null = null
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8)
    const encoding = cmap.readUInt16BE(6 + i * 8)
    const at = cmap.readUInt32BE(8 + i * 8)
    const format = cmap.readUInt16BE(at)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, at }
  }
  if (!best) return () => 0
  const { format, at } = best
  if (format === 12) {
    const groups = cmap.readUInt32BE(at + 12)
    return (code) => {
      for (let g = 0; g < groups; g++) {
        const o = at + 16 + g * 12
        const [start, end] = [cmap.readUInt32BE(o), cmap.readUInt32BE(o + 4)]
        if (code >= start && code <= end) return cmap.readUInt32BE(o + 8) + code - start
      }
      return 0
    }
  }
  const segments = cmap.readUInt16BE(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const ranges = deltas + segments * 2
  return (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > cmap.readUInt16BE(ends + s * 2)) continue
      const start = cmap.readUInt16BE(starts + s * 2)
      if (code < start) return 0
      const delta = cmap.readInt16BE(deltas + s * 2)
      const range = cmap.readUInt16BE(ranges + s * 2)
      if (range === 0) return (code + delta) & 0xffff
      const glyph = cmap.readUInt16BE(ranges + s * 2 + range + (code - start) * 2)
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff
    }
    return 0
  }
}

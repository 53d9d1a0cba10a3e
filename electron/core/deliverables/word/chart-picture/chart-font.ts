import fs from 'node:fs'
import { createRequire } from 'node:module'
import { TrueTypeFont } from './truetype-font'
import { woffTables } from './woff-tables'
import type { PathCommand } from './path-commands'

// Not named `require`: the ESM bundle of main declares its own at the top (electron-vite shims it).
const resolveFromHere = createRequire(import.meta.url)

/**
 * The subsets of Source Sans 3 (the report's typeface, which the charts name) in the order a
 * character is looked for: Latin covers French; the others keep a name in another script legible.
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext']

const loaded = new Map<string, TrueTypeFont[]>()

function faces(bold: boolean): TrueTypeFont[] {
  const weight = bold ? 600 : 400
  const key = String(weight)
  let fonts = loaded.get(key)
  if (!fonts) {
    fonts = SUBSETS.map((s) => {
      const file = resolveFromHere.resolve(`@fontsource/source-sans-3/files/source-sans-3-${s}-${weight}-normal.woff`)
      return new TrueTypeFont(woffTables(fs.readFileSync(file)))
    })
    loaded.set(key, fonts)
  }
  return fonts
}

/** A glyph's outline in em units (y up) and its advance. */
interface EmGlyph {
  path: PathCommand[]
  advance: number
}

/** A line of text drawn in the font, in pixels from its start on the baseline (y down). */
export interface TextOutline {
  path: PathCommand[]
  width: number
  /** Above and below the baseline, in pixels: where "central" and "hanging" place it. */
  ascent: number
  descent: number
}

export function outlineText(text: string, size: number, bold: boolean): TextOutline {
  const fonts = faces(bold)
  const latin = fonts[0]!
  const path: PathCommand[] = []
  let x = 0
  for (const ch of text) {
    const g = emGlyph(fonts, ch.codePointAt(0)!)
    for (const c of g.path) path.push(scaled(c, size, x))
    x += g.advance * size
  }
  return {
    path,
    width: x,
    ascent: (latin.ascender / latin.unitsPerEm) * size,
    descent: (-latin.descender / latin.unitsPerEm) * size,
  }
}

function emGlyph(fonts: TrueTypeFont[], code: number): EmGlyph {
  for (const f of fonts) {
    const g = f.glyph(code)
    if (g !== 0)
      return {
        path: f.outline(g).map((c) => scaled(c, 1 / f.unitsPerEm, 0, false)),
        advance: f.advance(g) / f.unitsPerEm,
      }
  }
  // French's narrow no-break space (before « : ») is missing from the web subsets: a thin space's width.
  if (/\p{Zs}/u.test(String.fromCodePoint(code))) return space(fonts[0]!, code === 0x202f || code === 0x2009)
  // Source Sans 3's web subsets have the up and down arrows only: the axes' ← and → are those turned.
  if (code === 0x2190 || code === 0x2192) return turnedArrow(fonts[0]!, code === 0x2192)
  const f = fonts[0]!
  return { path: f.outline(0).map((c) => scaled(c, 1 / f.unitsPerEm, 0, false)), advance: f.advance(0) / f.unitsPerEm }
}

function space(f: TrueTypeFont, thin: boolean): EmGlyph {
  const thinSpace = f.glyph(0x2009)
  const advance = thin
    ? thinSpace
      ? f.advance(thinSpace) / f.unitsPerEm
      : 0.2
    : f.advance(f.glyph(0x20)) / f.unitsPerEm
  return { path: [], advance }
}

/** ↑ turned a quarter to the right (→) or to the left (←), on the same centre of height as the letters. */
function turnedArrow(f: TrueTypeFont, right: boolean): EmGlyph {
  const up = f.glyph(0x2191)
  const em = f.outline(up).map((c) => scaled(c, 1 / f.unitsPerEm, 0, false))
  const ys = em.flatMap((c) => (c.op === 'Z' ? [] : [c.y]))
  const xs = em.flatMap((c) => (c.op === 'Z' ? [] : [c.x]))
  const [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]
  const height = Math.max(...ys) - Math.min(...ys)
  const side = (f.advance(up) / f.unitsPerEm - (Math.max(...xs) - Math.min(...xs))) / 2
  const advance = height + 2 * side
  // The centre of the letters' height: half the x-height, about a quarter of an em.
  const [nx, ny] = [advance / 2, 0.25]
  const turn = (x: number, y: number): [number, number] =>
    right ? [nx + (y - cy), ny - (x - cx)] : [nx - (y - cy), ny + (x - cx)]
  const path = em.map((c): PathCommand => {
    if (c.op === 'Z') return c
    const [x, y] = turn(c.x, c.y)
    if (c.op === 'Q') {
      const [x1, y1] = turn(c.x1, c.y1)
      return { op: 'Q', x1, y1, x, y }
    }
    return c.op === 'C' ? { ...c, x, y } : { op: c.op, x, y }
  })
  return { path, advance }
}

/** A command scaled by `k` and moved right by `dx`; flipped (font y up to picture y down) unless told not to. */
function scaled(c: PathCommand, k: number, dx: number, flip = true): PathCommand {
  const s = flip ? -k : k
  switch (c.op) {
    case 'Z':
      return c
    case 'M':
    case 'L':
      return { op: c.op, x: c.x * k + dx, y: c.y * s }
    case 'Q':
      return { op: 'Q', x1: c.x1 * k + dx, y1: c.y1 * s, x: c.x * k + dx, y: c.y * s }
    case 'C':
      return { op: 'C', x1: c.x1 * k + dx, y1: c.y1 * s, x2: c.x2 * k + dx, y2: c.y2 * s, x: c.x * k + dx, y: c.y * s }
  }
}

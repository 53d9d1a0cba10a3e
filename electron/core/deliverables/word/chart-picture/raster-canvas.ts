import type { Rgba } from './svg-paint'

/** Rows sampled per pixel: coverage is exact across a row, in 1/SAMPLES steps down a column. */
const SAMPLES = 16

interface Edge {
  top: number
  bottom: number
  /** x where the edge crosses `top`, and how far it moves per unit down. */
  x: number
  slope: number
  dir: 1 | -1
}

/**
 * An opaque RGB picture on white that fills polygons with antialiased edges, under the nonzero
 * rule (SVG's default, and TrueType's): enough to draw a chart's bars, lines and letters.
 */
export class RasterCanvas {
  readonly pixels: Float32Array

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Float32Array(width * height * 3).fill(255)
  }

  /** Paints the union of the polygons (flat lists x0 y0 x1 y1…, in pixels) in `color`. */
  fill(polygons: number[][], color: Rgba): void {
    const edges = edgesOf(polygons)
    if (edges.length === 0 || color.a <= 0) return
    edges.sort((a, b) => a.top - b.top)
    const top = Math.max(0, Math.floor(edges[0]!.top))
    const bottom = Math.min(this.height, Math.ceil(Math.max(...edges.map((e) => e.bottom))))
    const cover = new Float32Array(this.width + 1)
    const run = new Float32Array(this.width + 1)
    let next = 0
    let active: Edge[] = []
    for (let py = top; py < bottom; py++) {
      active = active.filter((e) => e.bottom > py)
      while (next < edges.length && edges[next]!.top < py + 1) active.push(edges[next++]!)
      if (active.length === 0) continue
      let [lo, hi] = [this.width, 0]
      for (let s = 0; s < SAMPLES; s++) {
        const sy = py + (s + 0.5) / SAMPLES
        const crossings: { x: number; dir: number }[] = []
        for (const e of active)
          if (e.top <= sy && sy < e.bottom) crossings.push({ x: e.x + (sy - e.top) * e.slope, dir: e.dir })
        crossings.sort((a, b) => a.x - b.x)
        let winding = 0
        for (let i = 0; i < crossings.length; i++) {
          const was = winding
          winding += crossings[i]!.dir
          if (was !== 0 || winding === 0 || i + 1 >= crossings.length) continue
          // A span starts here; it ends where the winding comes back to zero.
          let j = i + 1
          let w = winding
          for (; j < crossings.length; j++) {
            w += crossings[j]!.dir
            if (w === 0) break
          }
          const xa = Math.max(0, Math.min(this.width, crossings[i]!.x))
          const xb = Math.max(0, Math.min(this.width, crossings[Math.min(j, crossings.length - 1)]!.x))
          if (xb > xa) {
            this.span(cover, run, xa, xb)
            lo = Math.min(lo, Math.floor(xa))
            hi = Math.max(hi, Math.ceil(xb))
          }
          winding = 0
          i = j
        }
      }
      this.blendRow(py, cover, run, lo, Math.min(hi, this.width), color)
    }
  }

  /** Adds one sample row's span: partial pixels at its ends, whole ones between (as a running difference). */
  private span(cover: Float32Array, run: Float32Array, xa: number, xb: number): void {
    const unit = 1 / SAMPLES
    const [ia, ib] = [Math.floor(xa), Math.floor(xb)]
    if (ia === ib) {
      cover[ia]! += (xb - xa) * unit
      return
    }
    cover[ia]! += (ia + 1 - xa) * unit
    run[ia + 1]! += unit
    run[ib]! -= unit
    if (ib < this.width) cover[ib]! += (xb - ib) * unit
  }

  private blendRow(py: number, cover: Float32Array, run: Float32Array, lo: number, hi: number, color: Rgba): void {
    let whole = 0
    for (let x = lo; x <= hi && x < this.width; x++) {
      whole += run[x]!
      const a = Math.min(1, cover[x]! + whole) * color.a
      cover[x] = 0
      run[x] = 0
      if (a <= 0.0005) continue
      const at = (py * this.width + x) * 3
      this.pixels[at] = this.pixels[at]! * (1 - a) + color.r * a
      this.pixels[at + 1] = this.pixels[at + 1]! * (1 - a) + color.g * a
      this.pixels[at + 2] = this.pixels[at + 2]! * (1 - a) + color.b * a
    }
    if (hi >= this.width) run[this.width] = 0
  }
}

function edgesOf(polygons: number[][]): Edge[] {
  const out: Edge[] = []
  for (const p of polygons) {
    for (let i = 0; i < p.length; i += 2) {
      const j = (i + 2) % p.length
      const [x0, y0, x1, y1] = [p[i]!, p[i + 1]!, p[j]!, p[j + 1]!]
      if (y0 === y1 || !Number.isFinite(x0 + y0 + x1 + y1)) continue
      const [a, b, dir] = y0 < y1 ? [[x0, y0], [x1, y1], 1 as const] : [[x1, y1], [x0, y0], -1 as const]
      out.push({ top: a[1]!, bottom: b[1]!, x: a[0]!, slope: (b[0]! - a[0]!) / (b[1]! - a[1]!), dir })
    }
  }
  return out
}

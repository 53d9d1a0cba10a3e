import { apply, type Affine } from './affine'

/**
 * A path in absolute coordinates with only the four commands everything reduces to: SVG's arcs
 * and shorthands and TrueType's quadratic outlines all become these, so that one flattener and one
 * writer serve the chart's shapes and its text alike.
 */
export type PathCommand =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'Q'; x1: number; y1: number; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' }

/** A run of straight segments, as the rasterizer and the stroker take them. */
export interface Polyline {
  points: number[]
  closed: boolean
}

export function transformPath(path: PathCommand[], m: Affine): PathCommand[] {
  return path.map((c) => {
    switch (c.op) {
      case 'Z':
        return c
      case 'M':
      case 'L': {
        const [x, y] = apply(m, c.x, c.y)
        return { op: c.op, x, y }
      }
      case 'Q': {
        const [x1, y1] = apply(m, c.x1, c.y1)
        const [x, y] = apply(m, c.x, c.y)
        return { op: 'Q', x1, y1, x, y }
      }
      case 'C': {
        const [x1, y1] = apply(m, c.x1, c.y1)
        const [x2, y2] = apply(m, c.x2, c.y2)
        const [x, y] = apply(m, c.x, c.y)
        return { op: 'C', x1, y1, x2, y2, x, y }
      }
    }
  })
}

/** Enough straight pieces for a curve whose control polygon is `length` long to look round at `tolerance`. */
const pieces = (length: number, tolerance: number) =>
  Math.min(64, Math.max(2, Math.ceil(Math.sqrt(length / tolerance))))

/** The path as polylines, curves cut finely enough at the scale it is drawn at. */
export function flatten(path: PathCommand[], tolerance = 0.2): Polyline[] {
  const lines: Polyline[] = []
  // The polyline being drawn; null after a move or a close, until the next segment starts one.
  const pen: { line: Polyline | null; x: number; y: number; sx: number; sy: number } = {
    line: null,
    x: 0,
    y: 0,
    sx: 0,
    sy: 0,
  }
  const to = (x: number, y: number) => {
    if (!pen.line) {
      pen.line = { points: [pen.x, pen.y], closed: false }
      lines.push(pen.line)
    }
    pen.line.points.push(x, y)
    pen.x = x
    pen.y = y
  }
  for (const c of path) {
    switch (c.op) {
      case 'M':
        Object.assign(pen, { line: null, x: c.x, y: c.y, sx: c.x, sy: c.y })
        break
      case 'L':
        to(c.x, c.y)
        break
      case 'Q': {
        const [ax, ay] = [pen.x, pen.y]
        const n = pieces(Math.hypot(c.x1 - ax, c.y1 - ay) + Math.hypot(c.x - c.x1, c.y - c.y1), tolerance)
        for (let i = 1; i <= n; i++) {
          const t = i / n
          const u = 1 - t
          to(u * u * ax + 2 * u * t * c.x1 + t * t * c.x, u * u * ay + 2 * u * t * c.y1 + t * t * c.y)
        }
        break
      }
      case 'C': {
        const [ax, ay] = [pen.x, pen.y]
        const length =
          Math.hypot(c.x1 - ax, c.y1 - ay) + Math.hypot(c.x2 - c.x1, c.y2 - c.y1) + Math.hypot(c.x - c.x2, c.y - c.y2)
        const n = pieces(length, tolerance)
        for (let i = 1; i <= n; i++) {
          const t = i / n
          const u = 1 - t
          const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t]
          to(a * ax + b * c.x1 + d * c.x2 + e * c.x, a * ay + b * c.y1 + d * c.y2 + e * c.y)
        }
        break
      }
      case 'Z':
        if (pen.line) pen.line.closed = true
        Object.assign(pen, { line: null, x: pen.sx, y: pen.sy })
        break
    }
  }
  return lines
}

const num = (v: number) => String(Math.round(v * 100) / 100)

/** The path as an SVG `d` attribute, to two decimals (a hundredth of a pixel). */
export function pathData(path: PathCommand[]): string {
  return path
    .map((c) => {
      switch (c.op) {
        case 'Z':
          return 'Z'
        case 'M':
        case 'L':
          return `${c.op}${num(c.x)} ${num(c.y)}`
        case 'Q':
          return `Q${num(c.x1)} ${num(c.y1)} ${num(c.x)} ${num(c.y)}`
        case 'C':
          return `C${num(c.x1)} ${num(c.y1)} ${num(c.x2)} ${num(c.y2)} ${num(c.x)} ${num(c.y)}`
      }
    })
    .join('')
}

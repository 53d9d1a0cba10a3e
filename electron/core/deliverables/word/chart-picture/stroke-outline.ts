import type { Polyline } from './path-commands'
import type { LineCap } from './svg-scene'

/**
 * A stroke as polygons to fill: a quadrilateral per segment, a bevel at each join, the caps, the
 * dashes cut out first. All turn the same way, so that filling them under the nonzero rule paints
 * their union once, with no darker overlaps.
 */
export function strokePolygons(lines: Polyline[], width: number, cap: LineCap, dash: number[]): number[][] {
  const half = width / 2
  const out: number[][] = []
  const pieces = dash.length > 0 && dash.some((d) => d > 0) ? lines.flatMap((l) => dashed(l, dash)) : lines
  for (const line of pieces) {
    const pts = line.closed ? [...line.points, line.points[0]!, line.points[1]!] : line.points
    const count = pts.length / 2
    const normals: [number, number][] = []
    for (let i = 0; i + 1 < count; i++) {
      const [x0, y0, x1, y1] = [pts[2 * i]!, pts[2 * i + 1]!, pts[2 * i + 2]!, pts[2 * i + 3]!]
      const len = Math.hypot(x1 - x0, y1 - y0)
      if (len === 0) continue
      const [nx, ny] = [(-(y1 - y0) / len) * half, ((x1 - x0) / len) * half]
      normals.push([nx, ny])
      const first = i === 0 && !line.closed
      const last = i + 2 === count && !line.closed
      // A square cap is the segment made longer by half the width.
      const [ex, ey] = cap === 'square' ? [((x1 - x0) / len) * half, ((y1 - y0) / len) * half] : [0, 0]
      const [ax, ay] = first ? [x0 - ex, y0 - ey] : [x0, y0]
      const [bx, by] = last ? [x1 + ex, y1 + ey] : [x1, y1]
      out.push(turned([ax + nx, ay + ny, bx + nx, by + ny, bx - nx, by - ny, ax - nx, ay - ny]))
      if (normals.length > 1) {
        const [px, py] = normals.at(-2)!
        out.push(
          turned([x0, y0, x0 + px, y0 + py, x0 + nx, y0 + ny]),
          turned([x0, y0, x0 - px, y0 - py, x0 - nx, y0 - ny]),
        )
      }
    }
    if (line.closed && normals.length > 1) {
      const [[fx, fy], [lx, ly]] = [normals[0]!, normals.at(-1)!]
      const [x0, y0] = [pts[0]!, pts[1]!]
      out.push(
        turned([x0, y0, x0 + lx, y0 + ly, x0 + fx, y0 + fy]),
        turned([x0, y0, x0 - lx, y0 - ly, x0 - fx, y0 - fy]),
      )
    }
    if (cap === 'round' && !line.closed && pts.length >= 4) {
      out.push(disc(pts[0]!, pts[1]!, half), disc(pts.at(-2)!, pts.at(-1)!, half))
    }
  }
  return out
}

/** The polygon turning the positive way (reversed if it turned the other). */
function turned(p: number[]): number[] {
  let area = 0
  for (let i = 0; i < p.length; i += 2) {
    const j = (i + 2) % p.length
    area += p[i]! * p[j + 1]! - p[j]! * p[i + 1]!
  }
  if (area >= 0) return p
  const out: number[] = []
  for (let i = p.length - 2; i >= 0; i -= 2) out.push(p[i]!, p[i + 1]!)
  return out
}

function disc(cx: number, cy: number, r: number): number[] {
  const n = Math.max(8, Math.ceil(r * 4))
  const out: number[] = []
  for (let i = 0; i < n; i++)
    out.push(cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n))
  return out
}

/** The dashes of a line (on, off, on… lengths, repeated), each an open line of its own. */
function dashed(line: Polyline, pattern: number[]): Polyline[] {
  const dashes = pattern.length % 2 ? [...pattern, ...pattern] : pattern
  const pts = line.closed ? [...line.points, line.points[0]!, line.points[1]!] : line.points
  const out: Polyline[] = []
  let k = 0
  let left = dashes[0]!
  let on = true
  let current: number[] | null = [pts[0]!, pts[1]!]
  for (let i = 0; i + 3 < pts.length; i += 2) {
    let [x0, y0] = [pts[i]!, pts[i + 1]!]
    const [x1, y1] = [pts[i + 2]!, pts[i + 3]!]
    let len = Math.hypot(x1 - x0, y1 - y0)
    while (len > left) {
      const t = left / len
      ;[x0, y0] = [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]
      len -= left
      if (on && current) {
        current.push(x0, y0)
        out.push({ points: current, closed: false })
      }
      on = !on
      current = on ? [x0, y0] : null
      k = (k + 1) % dashes.length
      left = dashes[k]!
    }
    left -= len
    if (on && current) current.push(x1, y1)
  }
  if (on && current && current.length >= 4) out.push({ points: current, closed: false })
  return out
}

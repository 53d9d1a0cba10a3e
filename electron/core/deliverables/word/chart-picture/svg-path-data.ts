import type { PathCommand } from './path-commands'

/** How many numbers each SVG path command takes per repetition. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 }

/** An SVG path's `d` in absolute M, L, Q, C and Z (relative forms, shorthands and arcs resolved). */
export function parsePathData(d: string): PathCommand[] {
  const out: PathCommand[] = []
  let [x, y, sx, sy] = [0, 0, 0, 0]
  // The last control point, for S and T, which mirror it.
  let [cx, cy] = [0, 0]
  let last = ''
  for (const [, letter, body] of d.matchAll(/([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)/g)) {
    const cmd = letter!.toUpperCase()
    const rel = letter !== cmd
    const n = numbers(body!, cmd === 'A')
    const arity = ARITY[cmd]!
    if (cmd === 'Z') {
      out.push({ op: 'Z' })
      ;[x, y, cx, cy, last] = [sx, sy, sx, sy, 'Z']
      continue
    }
    for (let i = 0; i + arity <= n.length; i += arity) {
      const a = n.slice(i, i + arity)
      const ox = rel ? x : 0
      const oy = rel ? y : 0
      // A moveto's extra pairs are linetos.
      const op = cmd === 'M' && i > 0 ? 'L' : cmd
      switch (op) {
        case 'M':
          ;[x, y] = [a[0]! + ox, a[1]! + oy]
          ;[sx, sy] = [x, y]
          out.push({ op: 'M', x, y })
          break
        case 'L':
        case 'H':
        case 'V':
          if (op === 'L') [x, y] = [a[0]! + ox, a[1]! + oy]
          else if (op === 'H') x = a[0]! + ox
          else y = a[0]! + oy
          out.push({ op: 'L', x, y })
          break
        case 'C':
        case 'S': {
          const [x1, y1] =
            op === 'C' ? [a[0]! + ox, a[1]! + oy] : last === 'C' || last === 'S' ? [2 * x - cx, 2 * y - cy] : [x, y]
          const k = op === 'C' ? 2 : 0
          ;[cx, cy] = [a[k]! + ox, a[k + 1]! + oy]
          ;[x, y] = [a[k + 2]! + ox, a[k + 3]! + oy]
          out.push({ op: 'C', x1, y1, x2: cx, y2: cy, x, y })
          break
        }
        case 'Q':
        case 'T': {
          ;[cx, cy] =
            op === 'Q' ? [a[0]! + ox, a[1]! + oy] : last === 'Q' || last === 'T' ? [2 * x - cx, 2 * y - cy] : [x, y]
          const k = op === 'Q' ? 2 : 0
          ;[x, y] = [a[k]! + ox, a[k + 1]! + oy]
          out.push({ op: 'Q', x1: cx, y1: cy, x, y })
          break
        }
        case 'A': {
          const [ex, ey] = [a[5]! + ox, a[6]! + oy]
          out.push(...arcToCurves(x, y, a[0]!, a[1]!, a[2]!, a[3] !== 0, a[4] !== 0, ex, ey))
          ;[x, y] = [ex, ey]
          break
        }
      }
      last = op
    }
  }
  return out
}

/** The numbers of a command's body; an arc's two flags may be written without separators ("a1 1 0 01 5 5"). */
function numbers(body: string, arc: boolean): number[] {
  if (!arc) return (body.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number)
  const out: number[] = []
  const re = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y
  let at = 0
  while (at < body.length) {
    const c = body[at]!
    if (/[\s,]/.test(c)) {
      at++
      continue
    }
    const slot = out.length % 7
    if (slot === 3 || slot === 4) {
      out.push(c === '1' ? 1 : 0)
      at++
      continue
    }
    re.lastIndex = at
    const m = re.exec(body)
    if (!m) break
    out.push(Number(m[0]))
    at = re.lastIndex
  }
  return out
}

/** An elliptical arc (SVG's endpoint form) as cubic curves of at most a quarter turn each. */
function arcToCurves(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  degrees: number,
  large: boolean,
  sweep: boolean,
  x2: number,
  y2: number,
): PathCommand[] {
  let [rx, ry] = [Math.abs(rxIn), Math.abs(ryIn)]
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [{ op: 'L', x: x2, y: y2 }]
  const phi = (degrees * Math.PI) / 180
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)]
  // SVG 1.1 appendix F.6.5: from the endpoints to the centre.
  const dx = (x1 - x2) / 2
  const dy = (y1 - y2) / 2
  const xp = cos * dx + sin * dy
  const yp = -sin * dx + cos * dy
  const grow = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry)
  if (grow > 1) [rx, ry] = [rx * Math.sqrt(grow), ry * Math.sqrt(grow)]
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
  const den = rx * rx * yp * yp + ry * ry * xp * xp
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den))
  const cxp = (k * rx * yp) / ry
  const cyp = (-k * ry * xp) / rx
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
  const t1 = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry)
  let span = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry)
  if (!sweep && span > 0) span -= 2 * Math.PI
  if (sweep && span < 0) span += 2 * Math.PI
  const n = Math.max(1, Math.ceil(Math.abs(span) / (Math.PI / 2) - 1e-9))
  const step = span / n
  const h = (4 / 3) * Math.tan(step / 4)
  const point = (t: number): [number, number, number, number] => {
    const [ct, st] = [Math.cos(t), Math.sin(t)]
    // The point and its derivative, on the rotated ellipse.
    return [
      cx + rx * ct * cos - ry * st * sin,
      cy + rx * ct * sin + ry * st * cos,
      -rx * st * cos - ry * ct * sin,
      -rx * st * sin + ry * ct * cos,
    ]
  }
  const out: PathCommand[] = []
  for (let i = 0; i < n; i++) {
    const [ax, ay, adx, ady] = point(t1 + i * step)
    const [bx, by, bdx, bdy] = point(t1 + (i + 1) * step)
    const end = i === n - 1
    out.push({
      op: 'C',
      x1: ax + h * adx,
      y1: ay + h * ady,
      x2: bx - h * bdx,
      y2: by - h * bdy,
      x: end ? x2 : bx,
      y: end ? y2 : by,
    })
  }
  return out
}

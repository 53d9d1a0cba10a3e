/** A 2-D affine map as SVG writes it, matrix(a b c d e f): x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Affine = readonly [number, number, number, number, number, number]

export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0]

/** `outer` after `inner`: what a child's transform becomes inside its parent's. */
export function compose(outer: Affine, inner: Affine): Affine {
  const [a, b, c, d, e, f] = outer
  const [A, B, C, D, E, F] = inner
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f]
}

export function apply(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

/** How much the map scales a length on average: what a stroke's width becomes. */
export function lengthScale(m: Affine): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]))
}

/** An SVG transform attribute (matrix, translate, scale, rotate), as one map. */
export function parseTransform(value: string | undefined): Affine {
  let m = IDENTITY
  if (!value) return m
  for (const [, name, args] of value.matchAll(/(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number)
    m = compose(m, step(name!, n))
  }
  return m
}

function step(name: string, n: number[]): Affine {
  const [p = 0, q, r = 0] = n
  switch (name) {
    case 'matrix':
      return n.length === 6 ? (n as unknown as Affine) : IDENTITY
    case 'translate':
      return [1, 0, 0, 1, p, q ?? 0]
    case 'scale':
      return [p, 0, 0, q ?? p, 0, 0]
    case 'rotate': {
      // rotate(a cx cy) turns about (cx, cy): move there, turn, move back.
      const t = (p * Math.PI) / 180
      const turn: Affine = [Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t), 0, 0]
      const [cx, cy] = [q ?? 0, r]
      return compose([1, 0, 0, 1, cx, cy], compose(turn, [1, 0, 0, 1, -cx, -cy]))
    }
    case 'skewX':
      return [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0]
    default:
      return [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0]
  }
}

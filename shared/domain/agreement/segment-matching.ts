import { holsti } from './percent-agreement'

/** A coded segment: half-open character offsets in one document. */
export interface Segment {
  documentId: string
  start: number
  end: number
}

/** |A and B| / |A or B| in characters; 0 across documents. */
export function jaccard(a: Segment, b: Segment): number {
  if (a.documentId !== b.documentId) return 0
  const both = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
  const either = a.end - a.start + (b.end - b.start) - both
  return either > 0 ? both / either : 0
}

export interface SegmentMatch<S extends Segment> {
  matched: { a: S; b: S; overlap: number }[]
  aOnly: S[]
  bOnly: S[]
  /** matched / (matched + A-only + B-only). */
  agreement: number
  holsti: number
}

/** The default overlap a pair needs to count as matched (our rule, configurable). */
export const DEFAULT_THETA = 0.5

/**
 * Pairs each segment of A with the segment of B (same code) of highest overlap, one-to-one, greedy
 * by overlap; a pair is matched when its overlap reaches theta. No kappa: "neither" is undefined here.
 */
export function matchSegments<S extends Segment>(
  a: readonly S[],
  b: readonly S[],
  theta = DEFAULT_THETA,
): SegmentMatch<S> {
  const pairs: { i: number; j: number; overlap: number }[] = []
  a.forEach((sa, i) =>
    b.forEach((sb, j) => {
      const overlap = jaccard(sa, sb)
      if (overlap > 0 && overlap >= theta - 1e-9) pairs.push({ i, j, overlap })
    }),
  )
  // Ties broken by position so that the result does not depend on the sort's stability.
  pairs.sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const matched: SegmentMatch<S>['matched'] = []
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue
    usedA.add(p.i)
    usedB.add(p.j)
    matched.push({ a: a[p.i]!, b: b[p.j]!, overlap: p.overlap })
  }
  const aOnly = a.filter((_, i) => !usedA.has(i))
  const bOnly = b.filter((_, j) => !usedB.has(j))
  const total = matched.length + aOnly.length + bOnly.length
  return {
    matched,
    aOnly,
    bOnly,
    agreement: total ? matched.length / total : NaN,
    holsti: holsti(matched.length, a.length, b.length),
  }
}

import { DEFAULT_THETA, matchSegments, type Segment, type SegmentMatch } from './segment-matching'

/** A coding as segment matching reads it. */
export interface CodedSegment extends Segment {
  coderId: string
  codeKey: string
}

/**
 * Segment matching per code between two coders, on the documents both coded: a document only one
 * of them coded holds no disagreement, the other never read it.
 */
export function segmentAgreementByCode<S extends CodedSegment>(
  codings: readonly S[],
  coderA: string,
  coderB: string,
  theta = DEFAULT_THETA,
): Map<string, SegmentMatch<S>> {
  const docsOf = (coderId: string) => new Set(codings.filter((c) => c.coderId === coderId).map((c) => c.documentId))
  const docsA = docsOf(coderA)
  const common = new Set([...docsOf(coderB)].filter((d) => docsA.has(d)))
  const byCode = new Map<string, { a: S[]; b: S[] }>()
  for (const c of codings) {
    if (!common.has(c.documentId) || (c.coderId !== coderA && c.coderId !== coderB)) continue
    const sides = byCode.get(c.codeKey) ?? { a: [], b: [] }
    byCode.set(c.codeKey, sides)
    ;(c.coderId === coderA ? sides.a : sides.b).push(c)
  }
  return new Map(
    [...byCode.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, s]) => [key, matchSegments(s.a, s.b, theta)]),
  )
}

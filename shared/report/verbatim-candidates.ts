import type { Diagnosis, ExcerptRef } from '../domain/diagnosis/result'

/** The report's sections that carry verbatims. */
export const VERBATIM_SECTIONS = [
  'pragmatism',
  'perceptionGap',
  'idealism',
  'customers',
  'collectives',
  'attention',
  'execution',
  'enablers',
] as const
export type VerbatimSection = (typeof VERBATIM_SECTIONS)[number]

/** How many verbatims a section quotes at most, picked or not. */
export const MAX_VERBATIMS = 3

/** How many candidates the consultant chooses from, per section. */
const CANDIDATES = 24

/**
 * The excerpts each section may quote, most telling first: what employees said of the needs
 * leadership under-estimates, what leaders attributed, what customers said, and so on.
 */
export function verbatimCandidates(d: Diagnosis): Record<VerbatimSection, ExcerptRef[]> {
  const byGap = [...d.perceptionGap.employee]
    .filter((r) => r.gap !== null)
    .sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!))
  const blindSpots = byGap.filter((r) => r.direction === 'blindSpot')
  const overestimated = byGap.filter((r) => r.direction === 'overestimate')
  const pragmaticThemes = ['OUT.FIND', 'OUT.EFF', 'OUT.FLOW']
  const take = (refs: ExcerptRef[]) => dedupe(refs).slice(0, CANDIDATES)
  return {
    pragmatism: take(
      d.perceptionGap.employee.filter((r) => pragmaticThemes.includes(r.code)).flatMap((r) => r.supporting),
    ),
    perceptionGap: take(interleave(blindSpots.map((r) => r.supporting))),
    idealism: take(interleave(overestimated.map((r) => r.attributed))),
    customers: take(interleave(d.customerValue.gaps.map((r) => r.supporting))),
    collectives: take(d.collectives.items.flatMap((c) => c.evidence)),
    attention: take(d.attentionLoad.evidence),
    execution: take(d.executionMaturity.evidence),
    enablers: take([...d.enablers['RH.POL'].supporting, ...d.enablers['MGT.PRA'].supporting]),
  }
}

/** One from each list in turn, so that the first candidates cover several themes. */
function interleave(lists: ExcerptRef[][]): ExcerptRef[] {
  const out: ExcerptRef[] = []
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!)
  return out
}

function dedupe(refs: ExcerptRef[]): ExcerptRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => {
    const k = `${r.documentId}:${r.start}:${r.end}`
    return !seen.has(k) && seen.add(k) !== undefined
  })
}

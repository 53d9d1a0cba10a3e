import type { Corpus } from './corpus'
import type { ReliabilityMark } from './result'

/** The codes each measure reads, for the reliability gate and R0. */
export function feedingCodes(corpus: Corpus): Record<string, string[]> {
  const gapCodes = Object.fromEntries(corpus.input.codes.map((c) => [`perceptionGap.${c.key}`, [c.key]]))
  return {
    pragmatism: [...corpus.keysWithRole('pragmatism', 'pragmatic'), ...corpus.keysWithRole('pragmatism', 'relational')],
    idealismIndex: [...corpus.keysWithRole('idealism', 'pragmatic'), ...corpus.keysWithRole('idealism', 'relational')],
    attentionLoad: corpus.familyKeys('ATT'),
    'enablers.RH.POL': ['RH.POL'],
    'enablers.MGT.PRA': ['MGT.PRA'],
    executionMaturity: [...corpus.familyKeys('EXE'), ...corpus.familyKeys('DIR')],
    ...gapCodes,
  }
}

/** Lowest alpha among a measure's codes that were measured; null when none was. */
export function lowestAlpha(codes: readonly string[], alpha: Record<string, number> | undefined): number | null {
  const known = codes.map((k) => alpha?.[k]).filter((a): a is number => a !== undefined)
  return known.length ? Math.min(...known) : null
}

/** Reliability gate: "unreliable, discuss the codes" under 0.667, "tentative" under 0.8. */
export function reliabilityMarks(corpus: Corpus, shown: ReadonlySet<string>): Record<string, ReliabilityMark> {
  const t = corpus.settings.reliability
  const marks: Record<string, ReliabilityMark> = {}
  for (const [measure, codes] of Object.entries(feedingCodes(corpus))) {
    if (!shown.has(measure)) continue
    const a = lowestAlpha(codes, corpus.input.alphaByCode)
    if (a === null) continue
    if (a < t.unreliableBelow - 1e-9) marks[measure] = 'unreliable'
    else if (a < t.tentativeBelow - 1e-9) marks[measure] = 'tentative'
  }
  return marks
}

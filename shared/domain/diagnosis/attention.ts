import type { Corpus } from './corpus'
import { SELF } from './corpus'
import { gt, lt, percent } from './compare'
import { refOf, type AttentionBand, type AttentionLoad } from './result'
import { ignoredForValence } from './ignored-valence'

/** F. Attention load: share of employees and managers with at least one ATT.* excerpt of valence "-". */
export function attentionLoad(corpus: Corpus, underFloor: boolean): AttentionLoad {
  const keys = corpus.familyKeys('ATT')
  const people = [...corpus.population('employee'), ...corpus.population('manager')]
  // A prevalence: the cap does not apply.
  const said = people.map((r) => corpus.any(r.id, keys, SELF))
  const strained = said.map((xs) => xs.filter((x) => keys.some((k) => corpus.valencesFor(x, k).includes('-'))))
  const count = strained.filter((x) => x.length > 0).length
  const fed = keys.some((k) => corpus.everCoded(k))
  const value = fed ? percent(count, people.length) : null
  return {
    value,
    band: attentionBand(value, corpus.settings.attentionLoad),
    count,
    n: people.length,
    indicative: value !== null && underFloor,
    evidence: strained.flat().map(refOf),
    ignored: ignoredForValence(corpus, said.flat(), keys, ['-']),
  }
}

export function attentionBand(
  value: number | null,
  t: { moderateAt: number; highAbove: number },
): AttentionBand | null {
  if (value === null) return null
  if (lt(value, t.moderateAt)) return 'low'
  return gt(value, t.highAbove) ? 'high' : 'moderate'
}

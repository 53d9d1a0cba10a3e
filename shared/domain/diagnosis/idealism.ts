import type { Group } from '../groups'
import type { Corpus } from './corpus'
import { gte, lte, mean } from './compare'
import type { IdealismBand, IdealismIndex, ThemeGap } from './result'

/** The groups whose needs the idealism index compares with leadership's beliefs. */
export const IDEALISM_GROUPS: readonly Group[] = ['employee', 'manager', 'customer']

/**
 * C. Idealism index: mean gap over pairs whose theme is relational minus mean gap over pairs whose
 * theme is pragmatic (the themes' idealism roles), over the given (group, theme) pairs with a gap.
 */
export function idealismIndex(
  corpus: Corpus,
  gaps: Partial<Record<Group, ThemeGap[]>>,
  groups: readonly Group[] = IDEALISM_GROUPS,
): IdealismIndex {
  const roleOfKey = new Map(corpus.input.codes.map((c) => [c.key, corpus.roleOf(c.id, 'idealism')]))
  const pairs: IdealismIndex['pairs'] = []
  let indicative = false
  for (const group of groups) {
    for (const row of gaps[group] ?? []) {
      const role = roleOfKey.get(row.code)
      if (!role || row.gap === null) continue
      pairs.push({ group, code: row.code, gap: row.gap, role })
      indicative ||= row.indicative
    }
  }
  const relationalMean = mean(pairs.filter((p) => p.role === 'relational').map((p) => p.gap))
  const pragmaticMean = mean(pairs.filter((p) => p.role === 'pragmatic').map((p) => p.gap))
  const value = relationalMean !== null && pragmaticMean !== null ? relationalMean - pragmaticMean : null
  return {
    value,
    band: idealismBand(value, corpus.settings.idealism),
    indicative: value !== null && indicative,
    relationalMean,
    pragmaticMean,
    pairs,
  }
}

export function idealismBand(
  value: number | null,
  t: { idealistAt: number; leaningAt: number; blindSpotAt: number },
): IdealismBand | null {
  if (value === null) return null
  if (gte(value, t.idealistAt)) return 'idealist'
  if (gte(value, t.leaningAt)) return 'leaningIdealist'
  if (lte(value, t.blindSpotAt)) return 'instrumentalBlindSpot'
  return 'aligned'
}

import { GROUPS, type Group } from '../groups'
import { SELF, type Corpus } from './corpus'
import { gte, lte, median } from './compare'
import { refOf, type GroupFloor, type GroupPragmatism, type PragmatismBand, type RespondentPragmatism } from './result'

/**
 * A. Pragmatism index: per respondent PI = O / (O + A) over distinct capped SELF excerpts with a
 * pragmatic or a relational code; valid when O + A >= 3; then the group's label and median.
 */
export function pragmatism(corpus: Corpus, floors: Record<Group, GroupFloor>) {
  const s = corpus.settings.pragmatism
  const pragmaticKeys = corpus.keysWithRole('pragmatism', 'pragmatic')
  const relationalKeys = corpus.keysWithRole('pragmatism', 'relational')
  const fed = [...pragmaticKeys, ...relationalKeys].some((k) => corpus.everCoded(k))

  const respondents: RespondentPragmatism[] = []
  const byGroup = {} as Record<Group, GroupPragmatism>
  for (const group of GROUPS) {
    const people = corpus.population(group)
    const scored = people.map((r): RespondentPragmatism => {
      const o = corpus.cappedAny(r.id, pragmaticKeys, SELF)
      const a = corpus.cappedAny(r.id, relationalKeys, SELF)
      const total = o.length + a.length
      const valid = total >= s.minEvidence
      const pi = total > 0 ? o.length / total : null
      return {
        respondentId: r.id,
        group,
        pragmatic: o.length,
        relational: a.length,
        pi,
        valid,
        band: valid ? respondentBand(pi, s.pragmaticAt, s.relationalAt) : null,
        evidence: [...o, ...a].map(refOf),
      }
    })
    if (fed) respondents.push(...scored)
    byGroup[group] = groupLabel(fed ? scored : [], people.length, fed, s.groupShare, floors[group].under)
  }
  return { byGroup, respondents }
}

export function respondentBand(pi: number | null, pragmaticAt: number, relationalAt: number): PragmatismBand | null {
  if (pi === null) return null
  if (gte(pi, pragmaticAt)) return 'pragmatic'
  if (lte(pi, relationalAt)) return 'relational'
  return 'mixed'
}

function groupLabel(
  scored: RespondentPragmatism[],
  n: number,
  fed: boolean,
  share: number,
  indicative: boolean,
): GroupPragmatism {
  const valid = scored.filter((r) => r.valid)
  const count = (b: PragmatismBand) => valid.filter((r) => r.band === b).length
  const distribution = {
    pragmatic: count('pragmatic'),
    mixed: count('mixed'),
    relational: count('relational'),
    insufficientEvidence: scored.length - valid.length,
  }
  if (n === 0 || !fed) return { label: null, median: null, valid: 0, n, distribution, indicative: false }
  // Shares compared in integer counts: 60 % of 5 valid respondents is exactly 3.
  const atLeast = (k: number) => k * 100 >= share * valid.length
  const label =
    valid.length === 0
      ? 'insufficientEvidence'
      : atLeast(distribution.pragmatic)
        ? 'pragmatic'
        : atLeast(distribution.relational)
          ? 'relational'
          : 'mixed'
  return { label, median: median(valid.map((r) => r.pi!)), valid: valid.length, n, distribution, indicative }
}

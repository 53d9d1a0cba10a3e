import { GROUPS, type Group } from '../groups'
import { SELF, attributedTo, type Corpus } from './corpus'
import { gt, gte, lt, percent } from './compare'
import { hypothesisPopulation } from './floors'
import type { DxMotiveCards } from './input'
import {
  refOf,
  type GapBand,
  type GapDirection,
  type GapFigures,
  type GroupFloor,
  type MotiveCardGap,
  type ThemeGap,
} from './result'

/**
 * B. Perception gap per theme and group: E = share of G's population with a SELF excerpt coded t,
 * H = share of the hypothesis population with an ATTR excerpt coded t targeting G, gap = H - E.
 */
export function perceptionGaps(
  corpus: Corpus,
  floors: Record<Group, GroupFloor>,
  hypothesisUnder: boolean,
): Record<Group, ThemeGap[]> {
  const leaders = hypothesisPopulation(corpus)
  const keys = corpus.input.codes.filter((c) => !c.analystOnly).map((c) => c.key)
  const out = {} as Record<Group, ThemeGap[]>
  for (const group of GROUPS) {
    const people = corpus.population(group)
    const rows: ThemeGap[] = []
    for (const code of keys) {
      const said = people.map((r) => corpus.excerpts(r.id, code, SELF))
      const attributed = leaders.map((r) => corpus.excerpts(r.id, code, attributedTo(group)))
      const hasData = said.some((x) => x.length > 0) || attributed.some((x) => x.length > 0)
      if (!hasData) continue
      const expressedCount = said.filter((x) => x.length > 0).length
      const hypothesisCount = attributed.filter((x) => x.length > 0).length
      rows.push({
        code,
        // A code nobody ever used has no prevalence to compare, only counts.
        ...gapFigures(corpus, [expressedCount, people.length], [hypothesisCount, leaders.length], {
          known: corpus.everCoded(code),
          indicative: floors[group].under || hypothesisUnder,
        }),
        supporting: said.flatMap((x) => x.slice(0, corpus.settings.capPerCode)).map(refOf),
        attributed: attributed.flatMap((x) => x.slice(0, corpus.settings.capPerCode)).map(refOf),
      })
    }
    out[group] = rows.sort(byExpressedThen((r) => r.code))
  }
  return out
}

/** E and H as shares of their populations, H - E, and its band; counts kept for the evidence. */
function gapFigures(
  corpus: Corpus,
  [expressedCount, expressedN]: [number, number],
  [hypothesisCount, hypothesisN]: [number, number],
  o: { known: boolean; indicative: boolean },
): GapFigures {
  const expressed = o.known ? percent(expressedCount, expressedN) : null
  const hypothesis = o.known ? percent(hypothesisCount, hypothesisN) : null
  const gap = expressed !== null && hypothesis !== null ? hypothesis - expressed : null
  return {
    expressed,
    hypothesis,
    gap,
    ...gapBand(gap, corpus.settings.perceptionGap),
    indicative: o.indicative,
    expressedCount,
    expressedN,
    hypothesisCount,
    hypothesisN,
  }
}

/** Band on |gap| and the direction of a gap; null when there is no gap to band. */
export function gapBand(
  gap: number | null,
  t: { notableAt: number; majorAt: number },
): { band: GapBand | null; direction: GapDirection | null } {
  if (gap === null) return { band: null, direction: null }
  const size = Math.abs(gap)
  const band: GapBand = gte(size, t.majorAt) ? 'major' : gte(size, t.notableAt) ? 'notable' : 'aligned'
  const direction: GapDirection | null = gt(gap, 0) ? 'overestimate' : lt(gap, 0) ? 'blindSpot' : null
  return { band, direction }
}

/** Sorted by expressed prevalence, highest first (no data last), then by key. */
export function byExpressedThen<T extends { expressed: number | null }>(key: (row: T) => string) {
  return (a: T, b: T): number => (b.expressed ?? -1) - (a.expressed ?? -1) || key(a).localeCompare(key(b))
}

/**
 * The same computation on the motive cards: E = share of G's population who ticked the reason,
 * H = share of the hypothesis population who ticked it for G; a respondent who answered twice
 * counts once; reasons nobody ticked on either side are left out.
 */
export function motiveCardGaps(
  corpus: Corpus,
  floors: Record<Group, GroupFloor>,
  hypothesisUnder: boolean,
): Record<Group, MotiveCardGap[]> {
  const leaders = hypothesisPopulation(corpus)
  const out = {} as Record<Group, MotiveCardGap[]>
  for (const group of GROUPS) {
    const people = corpus.population(group)
    const ticks = (ids: Set<string>, keep: (a: DxMotiveCards) => boolean) => {
      const byRespondent = new Map<string, Set<string>>()
      for (const a of corpus.input.motiveCards) {
        if (!ids.has(a.respondentId) || !keep(a)) continue
        const set = byRespondent.get(a.respondentId) ?? new Set<string>()
        for (const i of a.ticked) set.add(i)
        byRespondent.set(a.respondentId, set)
      }
      return [...byRespondent.values()]
    }
    const own = ticks(new Set(people.map((r) => r.id)), (a) => a.stance === 'SELF')
    const told = ticks(new Set(leaders.map((r) => r.id)), (a) => a.stance === 'ATTR' && a.target === group)
    const items = new Set([...own, ...told].flatMap((s) => [...s]))
    out[group] = [...items]
      .map((item): MotiveCardGap => {
        const expressedCount = own.filter((s) => s.has(item)).length
        const hypothesisCount = told.filter((s) => s.has(item)).length
        return {
          item,
          ...gapFigures(corpus, [expressedCount, people.length], [hypothesisCount, leaders.length], {
            known: true,
            indicative: floors[group].under || hypothesisUnder,
          }),
        }
      })
      .sort(byExpressedThen((r) => r.item))
  }
  return out
}

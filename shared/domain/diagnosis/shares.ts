import type { Group, Valence } from '../groups'
import { SELF, attributedTo, type Corpus, type Excerpt } from './corpus'
import { hypothesisPopulation } from './floors'
import { percent } from './compare'

/**
 * E_G for one code or a set of codes: the share of G's population with a SELF excerpt carrying
 * any of them; null when the population is empty or none of the codes was ever coded.
 */
export function expressedShare(corpus: Corpus, group: Group, keys: readonly string[]): number | null {
  const people = corpus.population(group)
  if (people.length === 0 || !keys.some((k) => corpus.everCoded(k))) return null
  return percent(
    people.filter((r) => keys.some((k) => corpus.excerpts(r.id, k, SELF).length > 0)).length,
    people.length,
  )
}

/** Gap_G(t) = H_G(t) - E_G(t), null when either side is. */
export function gapOf(corpus: Corpus, group: Group, key: string): number | null {
  const e = expressedShare(corpus, group, [key])
  const leaders = hypothesisPopulation(corpus)
  if (e === null || leaders.length === 0) return null
  const h = percent(
    leaders.filter((r) => corpus.excerpts(r.id, key, attributedTo(group)).length > 0).length,
    leaders.length,
  )
  return h === null ? null : h - e
}

/**
 * The SELF excerpts of some groups' populations carrying any of the keys, with a valence when
 * given: capped for counts, uncapped for quotes and "at least one" tests.
 */
export function selfExcerpts(
  corpus: Corpus,
  groups: readonly Group[],
  keys: readonly string[],
  valence?: Valence,
  capped = true,
): Excerpt[] {
  const people = groups.flatMap((g) => corpus.population(g))
  return people.flatMap((r) =>
    (capped ? corpus.cappedAny(r.id, keys, SELF) : corpus.any(r.id, keys, SELF)).filter(
      (x) => !valence || keys.some((k) => corpus.valencesFor(x, k).includes(valence)),
    ),
  )
}

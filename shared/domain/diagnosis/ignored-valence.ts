import type { Valence } from '../groups'
import type { Corpus, Excerpt } from './corpus'
import type { IgnoredCodings } from './result'

/**
 * The codings of the given keys, on excerpts a measure read, whose valence it does not read: each
 * counted once, under its own code's key (a sub-code's coding under the sub-code), by valence.
 */
export function ignoredForValence(
  corpus: Corpus,
  excerpts: readonly Excerpt[],
  keys: readonly string[],
  reads: readonly Valence[],
): IgnoredCodings[] {
  const counted = new Set<string>()
  const counts = new Map<string, IgnoredCodings>()
  for (const x of excerpts)
    for (const coding of x.codings) {
      if (counted.has(coding.id) || reads.includes(coding.valence)) continue
      const own = corpus.keysOf(coding.codeId)
      if (!own.some((k) => keys.includes(k))) continue
      counted.add(coding.id)
      const slot = `${own[0]}|${coding.valence}`
      const found = counts.get(slot) ?? { code: own[0]!, valence: coding.valence, count: 0 }
      found.count++
      counts.set(slot, found)
    }
  return [...counts.values()].sort((a, b) => a.code.localeCompare(b.code) || a.valence.localeCompare(b.valence))
}

/** A unit's values, one per coder; null where that coder gave none. */
export type ReliabilityUnit<T> = readonly (T | null)[]

export interface AlphaResult<T> {
  /** null when undefined: no pairable value, or no variation at all (every value the same). */
  alpha: number | null
  /** n: the pairable values (those of units with at least two). */
  pairable: number
  /** n_c per category. */
  marginals: Map<T, number>
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed: each unit
 * with m >= 2 values adds 1/(m - 1) to o(c,k) for every ordered pair of values from different coders.
 */
export function krippendorffAlpha<T>(units: readonly ReliabilityUnit<T>[]): AlphaResult<T> {
  const marginals = new Map<T, number>()
  let disagreement = 0
  for (const unit of units) {
    const values = unit.filter((v): v is T => v !== null)
    const m = values.length
    if (m < 2) continue
    const counts = new Map<T, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    for (const [c, nc] of counts) {
      // Ordered pairs from different coders starting at c: nc x (m - 1) of them, each weighing 1/(m - 1).
      marginals.set(c, (marginals.get(c) ?? 0) + nc)
      disagreement += (nc * (m - nc)) / (m - 1)
    }
  }
  const n = [...marginals.values()].reduce((s, v) => s + v, 0)
  let expected = 0
  for (const nc of marginals.values()) expected += nc * (n - nc)
  const alpha = n && expected ? 1 - ((n - 1) * disagreement) / expected : null
  return { alpha, pairable: n, marginals }
}

/** Reliability data written coder by coder (as published) turned into units. */
export function unitsOf<T>(byCoder: readonly (readonly (T | null)[])[]): ReliabilityUnit<T>[] {
  const length = Math.max(0, ...byCoder.map((c) => c.length))
  return Array.from({ length }, (_, u) => byCoder.map((c) => c[u] ?? null))
}

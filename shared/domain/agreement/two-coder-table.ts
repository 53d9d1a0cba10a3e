/** Two coders' values on the same units, cross-tabulated: what kappa, pi and Brennan-Prediger share. */
export interface TwoCoderTable<T> {
  units: number
  agreements: number
  categories: T[]
  /** How many units each coder put in each category. */
  marginalsA: Map<T, number>
  marginalsB: Map<T, number>
}

export function twoCoderTable<T>(a: readonly T[], b: readonly T[]): TwoCoderTable<T> {
  if (a.length !== b.length) throw new Error(`two coders need the same units (${a.length} and ${b.length})`)
  const marginalsA = new Map<T, number>()
  const marginalsB = new Map<T, number>()
  let agreements = 0
  a.forEach((va, i) => {
    const vb = b[i] as T
    if (va === vb) agreements += 1
    marginalsA.set(va, (marginalsA.get(va) ?? 0) + 1)
    marginalsB.set(vb, (marginalsB.get(vb) ?? 0) + 1)
  })
  const categories = [...new Set([...marginalsA.keys(), ...marginalsB.keys()])]
  return { units: a.length, agreements, categories, marginalsA, marginalsB }
}

/** Observed agreement: the share of units both coders put in the same category. */
export const observedAgreement = (t: TwoCoderTable<unknown>): number => (t.units ? t.agreements / t.units : NaN)

/** (po - pe) / (1 - pe); null when chance agreement is total (every value in one category). */
export function chanceCorrected(po: number, pe: number): number | null {
  if (Number.isNaN(po) || Math.abs(1 - pe) < 1e-12) return null
  return (po - pe) / (1 - pe)
}

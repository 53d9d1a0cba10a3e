import { chanceCorrected, observedAgreement, twoCoderTable, type TwoCoderTable } from './two-coder-table'

/** Scott's chance term: pooled marginals, sum over categories of ((m1 + m2) / 2N) squared. */
export function scottChance<T>(t: TwoCoderTable<T>): number {
  let sum = 0
  for (const c of t.categories) {
    const pooled = ((t.marginalsA.get(c) ?? 0) + (t.marginalsB.get(c) ?? 0)) / (2 * t.units)
    sum += pooled * pooled
  }
  return sum
}

/** Scott's pi for two coders on the same units; null when undefined. */
export function scottPi<T>(a: readonly T[], b: readonly T[]): number | null {
  const t = twoCoderTable(a, b)
  return t.units ? chanceCorrected(observedAgreement(t), scottChance(t)) : null
}

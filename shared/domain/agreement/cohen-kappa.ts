import { chanceCorrected, observedAgreement, twoCoderTable, type TwoCoderTable } from './two-coder-table'

/**
 * Cohen's chance term: the sum over categories of the product of the two coders' own marginals,
 * over N squared. Not P(yes) x P(no): that is not chance agreement (AGREEMENT.md).
 */
export function cohenChance<T>(t: TwoCoderTable<T>): number {
  let sum = 0
  for (const c of t.categories) sum += (t.marginalsA.get(c) ?? 0) * (t.marginalsB.get(c) ?? 0)
  return sum / (t.units * t.units)
}

/** Cohen's kappa for two coders on the same units; null when it is undefined (no unit, pe = 1). */
export function cohenKappa<T>(a: readonly T[], b: readonly T[]): number | null {
  const t = twoCoderTable(a, b)
  return t.units ? chanceCorrected(observedAgreement(t), cohenChance(t)) : null
}

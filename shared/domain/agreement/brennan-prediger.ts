import { chanceCorrected, observedAgreement, twoCoderTable } from './two-coder-table'

/**
 * Brennan-Prediger (MAXQDA's chance term): pe = 1 / q. q is the number of categories the coders
 * could choose from, which the data alone does not tell: by default, the categories they used.
 */
export function brennanPrediger<T>(a: readonly T[], b: readonly T[], categories?: number): number | null {
  const t = twoCoderTable(a, b)
  const q = categories ?? t.categories.length
  if (!t.units || q < 2) return null
  return chanceCorrected(observedAgreement(t), 1 / q)
}

import { observedAgreement, twoCoderTable } from './two-coder-table'

/** Agreements / units, for two coders on the same units; NaN with no unit. */
export const percentAgreement = <T>(a: readonly T[], b: readonly T[]): number => observedAgreement(twoCoderTable(a, b))

/** Holsti's coefficient for free segmentation: 2A / (N1 + N2). */
export const holsti = (agreements: number, segmentsA: number, segmentsB: number): number =>
  segmentsA + segmentsB ? (2 * agreements) / (segmentsA + segmentsB) : NaN

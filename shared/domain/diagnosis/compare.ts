/**
 * Comparisons as DIAGNOSIS.md requires: with a tolerance of 1e-9, and false whenever a side is null
 * (a comparison with no data is never true).
 */
export const EPSILON = 1e-9
export type Num = number | null

export const gte = (a: Num, b: number): boolean => a !== null && a >= b - EPSILON
export const lte = (a: Num, b: number): boolean => a !== null && a <= b + EPSILON
export const gt = (a: Num, b: number): boolean => a !== null && a > b + EPSILON
export const lt = (a: Num, b: number): boolean => a !== null && a < b - EPSILON

export const percent = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null)

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
}

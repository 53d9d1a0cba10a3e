/** JSON text columns: arrays and small objects stored as TEXT. */
export function readJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === '') return fallback
  return JSON.parse(text) as T
}
export const writeJson = (value: unknown): string => JSON.stringify(value)

/** Folds case and accents, so that "Élodie" is found in "elodie". */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * The real names (or surnames of four letters or more) a text contains, as whole words. A
 * respondent's name in a verbatim breaks the promise of anonymity the interview was given under.
 */
export function namesIn(text: string, realNames: readonly string[]): string[] {
  const folded = fold(text)
  const found = new Set<string>()
  for (const name of realNames) {
    const parts = [
      name,
      ...name
        .split(/\s+/)
        .filter((p) => p.length >= 4)
        .slice(1),
    ]
    for (const part of parts) {
      const needle = fold(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      if (needle && new RegExp(`(^|[^\\p{L}])${needle}($|[^\\p{L}])`, 'u').test(folded)) found.add(name)
    }
  }
  return [...found]
}

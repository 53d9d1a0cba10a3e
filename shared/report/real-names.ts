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
    // The first word is the first name: the surnames are the words after it, a short first name included.
    const surnames = name
      .trim()
      .split(/\s+/)
      .slice(1)
      .filter((p) => p.length >= 4)
    const parts = [name, ...surnames]
    for (const part of parts) {
      const needle = fold(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      if (needle && new RegExp(`(^|[^\\p{L}])${needle}($|[^\\p{L}])`, 'u').test(folded)) found.add(name)
    }
  }
  return [...found]
}

/**
 * Accent- and case-folded text with a map back to the original's UTF-16 offsets. Folding one code
 * point can change its length (NFD splits "é" in two, "œ" becomes "oe", an emoji is two units), so
 * every folded unit remembers the original code point it came from.
 */
export interface FoldedText {
  folded: string
  /** For each folded unit, the original offset where its code point starts. */
  starts: Int32Array
  /** For each folded unit, the original offset where its code point ends. */
  ends: Int32Array
}

/** Letters that Unicode does not decompose but a French reader takes for two. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' }
/** Typographic apostrophes and quotes that a typed query writes with the plain ones. */
const APOSTROPHES = /[’‘ʼ`´]/u

const cache = new Map<string, string>()

/** One code point folded: no accents, lower case, ligatures spelled out, one apostrophe. */
export function foldCodePoint(cp: string): string {
  const known = cache.get(cp)
  if (known !== undefined) return known
  let f = cp.toLowerCase()
  if (APOSTROPHES.test(f)) f = "'"
  else f = (LIGATURES[f] ?? f).normalize('NFKD').replace(/\p{M}/gu, '')
  // NFKD can make more than one letter of a lower-case one; lower it again ("ℌ" -> "H" -> "h").
  f = f.toLowerCase()
  if (cache.size < 10_000) cache.set(cp, f)
  return f
}

/** The whole text folded, for matching; see FoldedText. */
export function foldText(text: string): FoldedText {
  const units: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  for (const cp of text) {
    const f = isPlainLower(cp) ? cp : foldCodePoint(cp)
    for (let k = 0; k < f.length; k++) {
      starts.push(i)
      ends.push(i + cp.length)
    }
    units.push(f)
    i += cp.length
  }
  return { folded: units.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

/** A query folded the same way as the text it is matched against. */
export const foldQuery = (query: string): string => foldText(query).folded

/**
 * The original span of the folded span [start, end). A combining accent written apart after the
 * match ("e" + U+0301) folds to nothing but belongs to the matched letter, so the span takes it.
 */
export function originalSpan(t: FoldedText, text: string, start: number, end: number): { start: number; end: number } {
  let e = t.ends[end - 1]!
  while (e < text.length && /\p{M}/u.test(text[e]!)) e++
  return { start: t.starts[start]!, end: e }
}

const isPlainLower = (cp: string): boolean =>
  cp.length === 1 && cp >= ' ' && cp <= '~' && !(cp >= 'A' && cp <= 'Z') && cp !== '`'

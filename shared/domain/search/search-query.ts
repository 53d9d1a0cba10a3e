import { foldText, KEPT_BY_FTS } from '../text-folding'

/** One thing to look for: a word, a prefix (`manag*`) or a quoted phrase (`"pas de retour"`). */
export interface SearchTerm {
  /** The term's words, folded (no accents, lower case). */
  words: string[]
  /** The last word may be the start of a longer one. */
  prefix: boolean
}

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Reads what the consultant typed: quoted phrases, words, a trailing * for a prefix. Anything that
 * is not a letter or a digit separates words, as FTS5's unicode61 tokenizer does, so user text is
 * never read as FTS5 syntax.
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const re = /"([^"]*)"(\*)?|([^\s"]+)/gu
  for (const m of query.matchAll(re)) {
    const raw = m[1] ?? m[3] ?? ''
    const words = foldText(raw).match(WORD) ?? []
    if (words.length === 0) continue
    // An unquoted chunk such as "l'élève" is a short phrase of its words, as FTS5 reads it.
    terms.push({ words, prefix: m[1] !== undefined ? m[2] === '*' : raw.endsWith('*') })
  }
  return terms
}

/** Keywords typed one per line or separated by commas or semicolons. */
export const keywordList = (text: string): string[] =>
  text
    .split(/[\n,;]+/u)
    .map((k) => k.trim())
    .filter(Boolean)

/** One autocoding keyword: its words are a phrase ("travail à distance"), a trailing * a prefix. */
export function keywordTerm(keyword: string): SearchTerm | null {
  const words = foldText(keyword).match(WORD) ?? []
  return words.length ? { words, prefix: keyword.trim().endsWith('*') } : null
}

/** The FTS5 MATCH expression that finds the documents holding every term, or any of them. */
export function toFtsMatch(terms: readonly SearchTerm[], join: 'AND' | 'OR' = 'AND'): string {
  return terms
    .map((t) => {
      const phrases = spellings(t.words.join(' ')).map((s) => `"${s}"${t.prefix ? '*' : ''}`)
      return phrases.length === 1 ? phrases[0]! : `(${phrases.join(' OR ')})`
    })
    .join(` ${join} `)
}

/** A folded phrase as FTS5 may have indexed it, with and without each ligature ("coeur", "cœur"). */
function spellings(phrase: string): string[] {
  let out = [phrase]
  for (const [plain, ligature] of KEPT_BY_FTS)
    if (phrase.includes(plain)) out = out.flatMap((p) => [p, p.replaceAll(plain, ligature)])
  return out
}

import { foldText, originalSpan, type FoldedText } from './text-folding'
import type { SearchTerm } from './search-query'

/** A half-open span of a document's original text, in UTF-16 units. */
export interface TextSpan {
  start: number
  end: number
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The regular expression that finds one term in folded text: whole words, separators between them. */
export function termPattern(term: SearchTerm): string {
  const body = term.words.map(escape).join('[^\\p{L}\\p{N}]+')
  // A prefix hit runs to the end of its word: one codes "managers", not "manag".
  return `(?<![\\p{L}\\p{N}])${body}${term.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`
}

/** Every occurrence of any of the terms in the text, in order, as spans of the original text. */
export function findTermHits(
  text: string,
  terms: readonly SearchTerm[],
  folded: FoldedText = foldText(text),
): TextSpan[] {
  if (terms.length === 0) return []
  const re = new RegExp(terms.map(termPattern).join('|'), 'gu')
  const hits: TextSpan[] = []
  for (const m of folded.folded.matchAll(re)) {
    if (m[0].length === 0) continue
    hits.push(originalSpan(folded, text, m.index, m.index + m[0].length))
  }
  return hits
}

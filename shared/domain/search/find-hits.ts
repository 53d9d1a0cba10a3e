import { foldWithOffsets, originalSpan, type FoldedText } from '../text-folding'
import type { SearchTerm } from './search-query'

/** A half-open span of a document's original text, in UTF-16 units. */
export interface TextSpan {
  start: number
  end: number
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The regular expression that finds one term in folded text: its words with separators between them,
 * and no letter right after (a prefix runs to the end of its word instead: one codes "managers",
 * not "manag"). The letter before is checked apart: a pattern that starts with a lookbehind makes
 * the engine try every position of a long text.
 */
function termPattern(term: SearchTerm): string {
  const body = term.words.map(escape).join('[^\\p{L}\\p{N}]+')
  return `${body}${term.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Every occurrence of any of the terms in the text, in order, as spans of the original text. */
export function findTermHits(
  text: string,
  terms: readonly SearchTerm[],
  folded: FoldedText = foldWithOffsets(text),
): TextSpan[] {
  if (terms.length === 0) return []
  const f = folded.folded
  const re = new RegExp(terms.map(termPattern).join('|'), 'gu')
  const hits: TextSpan[] = []
  for (let m = re.exec(f); m !== null; m = re.exec(f)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(f[m.index - 1]!)) {
      // Inside a word: look again one unit further, where another term may start.
      re.lastIndex = m.index + 1
      continue
    }
    hits.push(originalSpan(folded, text, m.index, m.index + m[0].length))
  }
  return hits
}

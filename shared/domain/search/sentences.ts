import type { TextSpan } from './find-hits'

/** Words ending in a full stop that do not end a sentence, in French and English (lower case). */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'pr',
  'st',
  'ste',
  'mr',
  'mrs',
  'ms',
  'prof',
  'cf',
  'ex',
  'p',
  'pp',
  'env',
  'vs',
  'nb',
  'e.g',
  'i.e',
  'av',
  'bd',
  'fig',
  'dept',
  'dépt',
  'tél',
  'approx',
  'chap',
  'jr',
  'sr',
])

const CLOSERS = /[»"”’')\]\s\u00a0\u202f]/u
const OPENERS_OF_SENTENCE = /[\p{Lu}\p{N}«"“([¿¡-]/u

/**
 * The text's sentences, trimmed, in order. A sentence ends at ".", "!", "?" or an ellipsis followed
 * by a space and a capital (or an opening quote), and at every line break: answers are typed as
 * paragraphs and lists. Abbreviations ("M.", "etc."), initials ("J. Martin"), decimals and a
 * question inside « guillemets » do not end one.
 */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = []
  let start = 0
  let quoteDepth = 0
  const push = (end: number) => {
    const s = trimmed(text, start, end)
    if (s) spans.push(s)
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n' || c === '\r') {
      push(i)
      quoteDepth = 0
      continue
    }
    if (c === '«') quoteDepth++
    else if (c === '»') quoteDepth = Math.max(0, quoteDepth - 1)
    if (!isTerminal(c)) continue
    let j = i + 1
    while (j < text.length && isTerminal(text[j]!)) j++
    // Closing quotes and brackets belong to the sentence they close.
    // French typography puts a space before the closing guillemet: "Vraiment. »".
    let end = j
    let depth = quoteDepth
    for (let k = j; k < text.length && /[»"”’')\] \t\u00a0\u202f]/u.test(text[k]!); k++) {
      if (/[ \t\u00a0\u202f]/u.test(text[k]!)) continue
      if (text[k] === '»') depth = Math.max(0, depth - 1)
      end = k + 1
    }
    // Inside « guillemets » a full stop ends the quoted words, not the sentence that quotes them.
    if (depth > 0) continue
    if (endsSentence(text, i, j, end)) {
      quoteDepth = depth
      push(end)
      i = end - 1
    }
  }
  push(text.length)
  return spans
}

/** The sentence holding the span [start, end); several sentences if the span crosses their ends. */
export function sentenceAround(
  text: string,
  span: TextSpan,
  sentences: readonly TextSpan[] = sentenceSpans(text),
): TextSpan {
  const touching = sentences.filter((s) => s.end > span.start && s.start < span.end)
  if (touching.length === 0) return span
  return { start: Math.min(span.start, touching[0]!.start), end: Math.max(span.end, touching.at(-1)!.end) }
}

const isTerminal = (c: string): boolean => c === '.' || c === '!' || c === '?' || c === '…'

function endsSentence(text: string, first: number, afterMarks: number, afterClosers: number): boolean {
  if (afterClosers >= text.length) return true
  if (!CLOSERS.test(text[afterClosers]!) && afterClosers === afterMarks) return false // "3.5", "a.b"
  let k = afterClosers
  while (k < text.length && /[ \t\u00a0\u202f]/u.test(text[k]!)) k++
  if (k >= text.length || text[k] === '\n' || text[k] === '\r') return true
  if (!OPENERS_OF_SENTENCE.test(text[k]!)) return false // "… et puis", "etc. et"
  if (text[first] === '.' && afterMarks - first === 1) return !isAbbreviation(text, first)
  return true
}

/** The word before a single full stop is an abbreviation or an initial ("M.", "J."). */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--
  const word = text.slice(s, dot)
  if (word.length === 0) return false
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

function trimmed(text: string, start: number, end: number): TextSpan | null {
  let s = start
  let e = end
  while (s < e && /\s/u.test(text[s]!)) s++
  while (e > s && /\s/u.test(text[e - 1]!)) e--
  return e > s ? { start: s, end: e } : null
}

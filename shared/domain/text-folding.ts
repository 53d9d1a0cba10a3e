/**
 * Text folded for matching what people type against what respondents said: no accents, lower
 * case, ligatures spelled out ("œ" -> "oe"), one apostrophe. Search, autocoding and every filter
 * fold through here, so that a word one of them finds the others find too.
 */

/** Folded text with a map back to the original's UTF-16 offsets (see foldWithOffsets). */
export interface FoldedText {
  folded: string
  /** For each folded unit, the original offset where its code point starts. */
  starts: Int32Array
  /** For each folded unit, the original offset where its code point ends. */
  ends: Int32Array
}

/**
 * What NFKD leaves alone but a reader takes for something else: ligatures a French reader reads as
 * two letters, and the typographic apostrophes and quotes a typed query writes as the plain one.
 */
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", '‘': "'", ʼ: "'", '`': "'", '´': "'" }
const SPELLED_CHARS = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'gu')

/**
 * The letters FTS5's `unicode61 remove_diacritics 2` tokenizer indexes as letters of their own
 * while foldCodePoint spells them out: a full-text query asks for every spelling ("coeur", "cœur";
 * "efficace" as pasted from a PDF, "eﬃcace"). Longest first, so that "ffi" is tried before "fi".
 */
export const KEPT_BY_FTS: readonly [spelledOut: string, letter: string][] = [
  ['oe', 'œ'],
  ['ae', 'æ'],
  ['ss', 'ß'],
  ['ffi', 'ﬃ'],
  ['ffl', 'ﬄ'],
  ['ff', 'ﬀ'],
  ['fi', 'ﬁ'],
  ['fl', 'ﬂ'],
]

const cache = new Map<string, string>()

/** One code point folded: no accents, lower case, ligatures spelled out, one apostrophe. */
export function foldCodePoint(cp: string): string {
  const known = cache.get(cp)
  if (known !== undefined) return known
  // Spelled out after NFKD, which may make them ("ǣ" -> "æ" + macron, "ŉ" -> "ʼn").
  const bare = cp.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
  // Lower again: NFKD can make an upper-case letter of a lower-case one ("ℌ" -> "H").
  const f = bare.replace(SPELLED_CHARS, (c) => SPELLED[c]!).toLowerCase()
  if (cache.size < 10_000) cache.set(cp, f)
  return f
}

/**
 * The whole text folded, and where each folded unit came from: folding one code point can change
 * its length (NFD splits "é" in two, "œ" becomes "oe", an emoji is two units), and a hit found in
 * the folded text is shown and coded on the original. Written for speed: search reads every answer.
 */
export function foldWithOffsets(text: string): FoldedText {
  const n = text.length
  let units = new Uint16Array(n + 16)
  let starts = new Int32Array(n + 16)
  let ends = new Int32Array(n + 16)
  let j = 0
  const room = (more: number) => {
    if (j + more <= units.length) return
    const size = Math.max(units.length * 2, j + more)
    units = grown(units, size)
    starts = grown(starts, size)
    ends = grown(ends, size)
  }
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      room(1)
      // ASCII, the bulk of any text: lower case, and the backtick read as an apostrophe.
      units[j] = c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c
      starts[j] = i
      ends[j++] = i + 1
      i++
      continue
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
    const f = foldCodePoint(text.slice(i, i + width))
    room(f.length)
    for (let k = 0; k < f.length; k++) {
      units[j] = f.charCodeAt(k)
      starts[j] = i
      ends[j++] = i + width
    }
    i += width
  }
  return { folded: decoder.decode(units.subarray(0, j)), starts: starts.subarray(0, j), ends: ends.subarray(0, j) }
}

const decoder = new TextDecoder('utf-16le')

function grown<T extends Uint16Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size)
  b.set(a)
  return b
}

/**
 * Text folded for a filter or a query, where no offset is needed: runs of spaces (line breaks,
 * non-breaking spaces) read as one, so "Club des managers" finds "club des  Managers".
 */
export const foldText = (s: string): string => foldWithOffsets(s).folded.replace(/\s+/gu, ' ')

/** A name folded for comparison with another name. */
export const foldName = (s: string): string => foldText(s).trim()

/**
 * The original span of the folded span [start, end). A combining accent written apart after the
 * match ("e" + U+0301) folds to nothing but belongs to the matched letter, so the span takes it.
 */
export function originalSpan(t: FoldedText, text: string, start: number, end: number): { start: number; end: number } {
  let e = t.ends[end - 1]!
  while (e < text.length && /\p{M}/u.test(text[e]!)) e++
  return { start: t.starts[start]!, end: e }
}

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

/** The whole text folded, for matching; see FoldedText. Written for speed: it reads every answer. */
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

/** A query folded the same way as the text it is matched against. */
export const foldQuery = (query: string): string => foldWithOffsets(query).folded

/**
 * The original span of the folded span [start, end). A combining accent written apart after the
 * match ("e" + U+0301) folds to nothing but belongs to the matched letter, so the span takes it.
 */
export function originalSpan(t: FoldedText, text: string, start: number, end: number): { start: number; end: number } {
  let e = t.ends[end - 1]!
  while (e < text.length && /\p{M}/u.test(text[e]!)) e++
  return { start: t.starts[start]!, end: e }
}

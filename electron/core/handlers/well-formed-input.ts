/** Deeper than this, a value can only be free-form data (z.unknown) that the engine reads by known keys. */
const MAX_DEPTH = 32

/** Half of a surrogate pair with no other half, or a NUL: what UTF-8 and SQLite's text functions cannot keep. */
// eslint-disable-next-line no-control-regex -- the NUL is what this looks for
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g

/** Whether a string holds a lone surrogate or a NUL (a file path holding one names no file we may open). */
export const hasUnstorableText = (s: string): boolean => s.search(UNSTORABLE) !== -1

/**
 * A contract call's parsed input as the handlers may store it:
 * - lone surrogates and NULs become U+FFFD, one code unit for one, so offsets into the text stay
 *   right. SQLite would store a lone surrogate as U+FFFD anyway (UTF-8 has no such character), and
 *   its length(), trim() and FTS5 stop reading at a NUL: replacing them here keeps what is stored,
 *   what is checked and what the call returns the same, and never loses an answer being typed;
 * - an optional key sent with the value undefined (structured clone keeps it) is dropped, as if
 *   absent: otherwise a patch spread over a row (`{ ...coding, ...patch }`) blanks the column.
 */
export function wellFormedInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return hasUnstorableText(value) ? value.replace(UNSTORABLE, '\uFFFD') : value
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((v) => wellFormedInput(v, depth + 1))
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    // defineProperty: a key named __proto__ stays a key, as JSON.parse and zod keep it.
    if (v !== undefined)
      Object.defineProperty(out, key, {
        value: wellFormedInput(v, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
  }
  return out
}

/** About how much of the document to show on each side of an excerpt (UTF-16 code units). */
const CONTEXT_LENGTH = 200

export interface ExcerptContext {
  before: string
  after: string
  moreBefore: boolean
  moreAfter: boolean
}

const SPACE = /\s/u

/**
 * The words around [start, end): up to `length` code units on each side, cut at a word boundary
 * so that no word (nor a surrogate pair: an emoji) is shown in part. A single word longer than
 * the window is dropped rather than cut.
 */
export function excerptContext(text: string, start: number, end: number, length = CONTEXT_LENGTH): ExcerptContext {
  let from = Math.max(0, start - length)
  if (from > 0 && !SPACE.test(text[from - 1]!)) {
    while (from < start && !SPACE.test(text[from]!)) from++
  }
  let to = Math.min(text.length, end + length)
  if (to < text.length && !SPACE.test(text[to]!)) {
    while (to > end && !SPACE.test(text[to - 1]!)) to--
  }
  const before = text.slice(from, start).replace(/^\s+/u, '')
  const after = text.slice(end, to).replace(/\s+$/u, '')
  return {
    before,
    after,
    moreBefore: /\S/u.test(text.slice(0, start - before.length)),
    moreAfter: /\S/u.test(text.slice(end + after.length)),
  }
}

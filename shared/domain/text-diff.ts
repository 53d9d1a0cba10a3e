import type { TextChange } from './text-edit'

/**
 * The one change that turns `before` into `after` (their common start and end kept), so that a
 * whole new text from a plain text box can be applied as an edit that codings are mapped through.
 * It never splits a surrogate pair (an emoji is two UTF-16 units).
 */
export function changeBetween(before: string, after: string): TextChange | null {
  if (before === after) return null
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++
  const isLow = (s: string, i: number) =>
    i > 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff
  if (isLow(before, start) || isLow(after, start)) start--
  if (isLow(before, before.length - end) || isLow(after, after.length - end)) end--
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) }
}

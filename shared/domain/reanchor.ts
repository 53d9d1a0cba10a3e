/**
 * Where a coding's words are in a text that may have changed since it was stored: on its own span
 * if the words are still there, else on the occurrence of the same words nearest to it, else
 * nowhere (null: a person must place it again).
 */
export function reanchor(
  text: string,
  span: { start: number; end: number; text: string },
): { start: number; end: number } | null {
  if (span.text.length === 0) return null
  if (text.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end }
  let best: number | null = null
  for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at
    if (at > span.start) break
  }
  return best === null ? null : { start: best, end: best + span.text.length }
}

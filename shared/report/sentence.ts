/** Longest verbatim the report prints; a longer sentence is cut to the coded words with ellipses. */
export const MAX_VERBATIM = 320

const ENDS = /[.!?…]/

/**
 * The whole sentence(s) around a coded span, so that a verbatim reads as something a person said
 * rather than a fragment; the coded words alone when the sentence would be too long.
 */
export function sentenceAround(text: string, start: number, end: number, max = MAX_VERBATIM): string {
  let from = start
  while (from > 0 && !(ENDS.test(text[from - 1]!) && /\s/.test(text[from] ?? ' ')) && text[from - 1] !== '\n') from--
  let to = end
  while (to < text.length && text[to] !== '\n' && !ENDS.test(text[to - 1] ?? '')) to++
  while (to < text.length && ENDS.test(text[to]!)) to++
  const sentence = text.slice(from, to).trim()
  if (sentence.length <= max) return sentence
  const words = text.slice(start, end).trim()
  return `${start > from ? '… ' : ''}${words}${end < to ? ' …' : ''}`
}

const ENDS = /[.!?…]/

/** Where the sentence holding `at` begins: after the last sentence end or line break before it. */
function sentenceStart(text: string, at: number): number {
  let from = at
  while (from > 0 && text[from - 1] !== '\n' && !(ENDS.test(text[from - 1]!) && /\s/.test(text[from] ?? ' '))) from--
  return from
}

/** Where the sentence holding `at` ends: after its closing mark, or at a line break. */
function sentenceEnd(text: string, at: number): number {
  let to = at
  while (to < text.length && text[to] !== '\n' && !(ENDS.test(text[to - 1] ?? '') && /\s/.test(text[to]!))) to++
  return to
}

/**
 * What was said in the same breath as a span: its sentences and the one before, within its
 * paragraph (a collective is often named a sentence before what is said of it: "I'm in the
 * Claims Quality Community. My manager put my name on the list.").
 */
export function saidAround(text: string, start: number, end: number): { from: number; to: number } {
  const own = sentenceStart(text, start)
  const previous = own > 0 && text[own - 1] !== '\n' ? sentenceStart(text, Math.max(0, own - 2)) : own
  return { from: previous, to: sentenceEnd(text, end) }
}

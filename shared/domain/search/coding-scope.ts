import type { TextSpan } from './find-hits'
import { sentenceAround, sentenceSpans } from './sentences'

/** What gets coded around a match: the words themselves, their sentence, or the whole answer. */
export const CODING_SCOPES = ['match', 'sentence', 'document'] as const
export type CodingScope = (typeof CODING_SCOPES)[number]

/**
 * The spans to code for the matches of one text, in order, without duplicates: two hits in one
 * sentence code that sentence once. Overlapping spans are merged.
 */
export function scopeSpans(text: string, matches: readonly TextSpan[], scope: CodingScope): TextSpan[] {
  if (matches.length === 0) return []
  if (scope === 'match') return merge(matches)
  if (scope === 'document') return merge([wholeText(text)])
  const sentences = sentenceSpans(text)
  return merge(matches.map((m) => sentenceAround(text, m, sentences)))
}

function wholeText(text: string): TextSpan {
  const start = text.length - text.trimStart().length
  return { start, end: Math.max(start, text.trimEnd().length) }
}

function merge(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end)
  const out: TextSpan[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

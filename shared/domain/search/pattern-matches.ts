import type { TextSpan } from './find-hits'

/**
 * Every non-empty match of a compiled global regex in the text, at most `cap` of them (a pattern as
 * broad as `\w` would otherwise code every word of the engagement). `capped` says some were left.
 * It runs as source text in a worker (guarded-pattern-matches.ts): it must call nothing outside itself.
 */
export function patternMatches(text: string, regex: RegExp, cap: number): { spans: TextSpan[]; capped: boolean } {
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`)
  const spans: TextSpan[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      // Step over the empty match (a whole code point, so that an emoji is not cut in two).
      re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1
      continue
    }
    if (spans.length === cap) return { spans, capped: true }
    spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return { spans, capped: false }
}

/** Folds case and accents as the report's name check does (shared/report/real-names.ts). */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A function that replaces, in a text, every respondent's real name (or surname of four letters or
 * more) with `replacement`: the words the report's name check finds. The workbook lists every
 * coded excerpt, not a few picked ones, so a name said in an interview is masked rather than
 * reported for the consultant to look at. One regular expression for all the names: a study has
 * hundreds, a workbook tens of thousands of texts.
 */
export function nameMask(realNames: readonly string[], replacement: string): (text: string) => string {
  const parts = new Set<string>()
  for (const name of realNames) {
    const trimmed = name.trim()
    if (!trimmed) continue
    parts.add(fold(trimmed))
    for (const surname of trimmed.split(/\s+/).slice(1)) if (surname.length >= 4) parts.add(fold(surname))
  }
  if (parts.size === 0) return (text) => text
  // Longest first, so that a full name is masked whole rather than by its surname.
  const alternatives = [...parts].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'gu')
  return (text) => {
    if (!text) return text
    // A global expression keeps where its last match ended: every use starts it from the beginning.
    pattern.lastIndex = 0
    const found = pattern.test(fold(text))
    pattern.lastIndex = 0
    return found ? maskSpans(text, pattern, replacement) : text
  }
}

/**
 * Folds the text character by character, remembering where each folded character came from, so
 * that a match found in the folded text ("elodie") masks the original words ("Élodie"). A mark that
 * folds to nothing right after a name goes with it.
 */
function maskSpans(text: string, pattern: RegExp, replacement: string): string {
  let folded = ''
  const origin: number[] = []
  let at = 0
  for (const ch of text) {
    const f = fold(ch)
    for (let k = 0; k < f.length; k++) origin.push(at)
    folded += f
    at += ch.length
  }
  origin.push(text.length)
  let out = ''
  let last = 0
  for (const m of folded.matchAll(pattern)) {
    const start = origin[m.index]!
    const end = origin[m.index + m[0].length]!
    out += text.slice(last, start) + replacement
    last = end
  }
  return out + text.slice(last)
}

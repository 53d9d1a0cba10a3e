/** Why a regular expression is refused, as a message key suffix the UI translates. */
export type PatternProblem = 'empty' | 'tooLong' | 'invalid' | 'matchesEmpty' | 'catastrophic'

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; problem: PatternProblem; detail: string }

export const MAX_PATTERN_LENGTH = 500

/**
 * Compiles a consultant's regular expression (JavaScript syntax, case-insensitive, Unicode) or says
 * why not. Refused: a pattern that can match nothing at all (it would code empty spans everywhere),
 * and nested unbounded repeats such as `(a+)+`, which can make the engine run for minutes on one
 * answer. JavaScript cannot interrupt a running match, so this check comes before any matching.
 */
export function compilePattern(source: string): CompiledPattern {
  if (source.trim() === '') return { ok: false, problem: 'empty', detail: 'The pattern is empty.' }
  if (source.length > MAX_PATTERN_LENGTH)
    return { ok: false, problem: 'tooLong', detail: `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.` }
  let regex: RegExp
  try {
    regex = new RegExp(unicodeWords(source), 'giu')
  } catch (e) {
    return { ok: false, problem: 'invalid', detail: e instanceof Error ? e.message : String(e) }
  }
  if (new RegExp(`^(?:${regex.source})$`, 'iu').test(''))
    return {
      ok: false,
      problem: 'matchesEmpty',
      detail: 'The pattern matches an empty text; it must match at least one character.',
    }
  if (hasNestedRepeat(source))
    return {
      ok: false,
      problem: 'catastrophic',
      detail: 'A repeated group contains a repeat, such as (a+)+; it can run for minutes.',
    }
  return { ok: true, regex }
}

/**
 * True when a group repeated without bound (`*`, `+`, `{n,}`) holds an unbounded repeat itself:
 * the usual shape of catastrophic backtracking. Alternatives under a repeat, `(chef|manager)+`, stay
 * allowed: consultants write them all the time and they are only slow when they overlap.
 */
export function hasNestedRepeat(source: string): boolean {
  // For each open group: does it contain an unbounded repeat?
  const stack: boolean[] = [false]
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      i++
      if (unboundedAt(source, i + 1)) stack[stack.length - 1] = true
      continue
    }
    if (c === '[') {
      i = classEnd(source, i)
      if (unboundedAt(source, i + 1)) stack[stack.length - 1] = true
      continue
    }
    if (c === '(') {
      stack.push(false)
      continue
    }
    if (c === ')') {
      const inner = stack.length > 1 ? stack.pop()! : false
      const repeated = unboundedAt(source, i + 1)
      if (repeated && inner) return true
      if (repeated || inner) stack[stack.length - 1] = true
      continue
    }
    if (unboundedAt(source, i + 1)) stack[stack.length - 1] = true
  }
  return false
}

/** The index of the `]` closing the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']' && i > open + 1) return i
  }
  return source.length
}

/** A `*`, `+` or `{n,}` repeat starts at index i. */
function unboundedAt(source: string, i: number): boolean {
  const c = source[i]
  return c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))
}

const WORD_CHAR = '[\\p{L}\\p{N}_]'
const OUTSIDE_CLASS: Record<string, string> = {
  w: WORD_CHAR,
  W: '[^\\p{L}\\p{N}_]',
  b: `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`,
  B: `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`,
}

/**
 * JavaScript's \w and \b know only ASCII letters, even with the u flag: `\bequipe\b` would never
 * find "équipe". Consultants write French, so they are rewritten to mean letters of any language.
 */
export function unicodeWords(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\' && i + 1 < source.length) {
      const n = source[++i]!
      if (!inClass && OUTSIDE_CLASS[n]) out += OUTSIDE_CLASS[n]
      else if (inClass && n === 'w') out += '\\p{L}\\p{N}_'
      else out += c + n
      continue
    }
    if (c === '[' && !inClass) inClass = true
    else if (c === ']' && inClass) inClass = false
    out += c
  }
  return out
}

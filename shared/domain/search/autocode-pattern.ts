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
      detail:
        'A repeated group contains a repeat, such as (a+)+, or alternatives that can match the same text, such as (a|ab)*; it can run for minutes.',
    }
  return { ok: true, regex }
}

/** One open group while scanning a pattern. */
interface GroupScan {
  /** It holds an unbounded repeat. */
  repeats: boolean
  /** The first letter of each alternative, '' when it starts with a class, an escape or a group. */
  firsts: string[]
  /** The next token starts an alternative. */
  atStart: boolean
}

const newGroup = (): GroupScan => ({ repeats: false, firsts: [], atStart: true })

/**
 * True when a group repeated without bound (`*`, `+`, `{n,}`) or three times or more (`{8}`)
 * holds an unbounded repeat itself,
 * `(a+)+`, or alternatives that may match the same text, `(a|ab)*`, `(\w|\d)+`: the shapes of
 * catastrophic backtracking. Repeated alternatives that start with different letters,
 * `(chef|manager)+`, stay allowed: consultants write them all the time and they cannot overlap.
 */
export function hasNestedRepeat(source: string): boolean {
  const stack: GroupScan[] = [newGroup()]
  const top = () => stack[stack.length - 1]!
  const token = (first: string, end: number) => {
    const g = top()
    if (g.atStart) g.firsts.push(first)
    g.atStart = false
    if (unboundedAt(source, end + 1)) g.repeats = true
  }
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      i = escapeEnd(source, i)
      token('', i)
    } else if (c === '[') {
      i = classEnd(source, i)
      token('', i)
    } else if (c === '(') {
      token('', i - 1)
      stack.push(newGroup())
      i += groupPrefix(source, i + 1)
    } else if (c === '|') {
      top().atStart = true
    } else if (c === ')') {
      const inner = stack.length > 1 ? stack.pop()! : newGroup()
      if (unboundedAt(source, i + 1) || countedAt(source, i + 1)) {
        if (inner.repeats || overlapping(inner.firsts)) return true
        if (unboundedAt(source, i + 1)) top().repeats = true
      } else if (inner.repeats) top().repeats = true
    } else if (!'*+?{}'.includes(c) || top().atStart) {
      token(/[\p{L}\p{N}]/u.test(c) ? c.toLowerCase() : '', i)
    }
  }
  return false
}

/** The last index of the escape starting at i: `\\w`, `\\p{L}`, `\\u{e9}`, `\\k<name>`. */
function escapeEnd(source: string, i: number): number {
  const [kind, open] = [source[i + 1], source[i + 2]]
  const close = open === '{' && 'pPu'.includes(kind ?? '') ? '}' : open === '<' && kind === 'k' ? '>' : null
  if (!close) return i + 1
  const end = source.indexOf(close, i + 3)
  return end < 0 ? source.length - 1 : end
}

/** Alternatives that may start on the same text: two with one first letter, or any without one. */
function overlapping(firsts: readonly string[]): boolean {
  if (firsts.length < 2) return false
  return firsts.includes('') || new Set(firsts).size < firsts.length
}

/** How many characters of `(?:`, `(?=`, `(?<name>`… follow the parenthesis. */
function groupPrefix(source: string, i: number): number {
  const m = /^\?(?::|=|!|<=|<!|<[\p{L}\p{N}_$]+>)/u.exec(source.slice(i, i + 40))
  return m ? m[0].length : 0
}

/** The index of the `]` closing the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']' && i > open + 1) return i
  }
  return source.length
}

/**
 * A counted repeat of three or more, `{8}` or `{2,5}`, starts at index i: around a repeat it
 * multiplies the ways to match as surely as `+` does, `(.*a){8}x` running for minutes.
 */
function countedAt(source: string, i: number): boolean {
  const m = /^\{(\d+)(?:,(\d+))?\}/.exec(source.slice(i, i + 20))
  return m !== null && Number(m[2] ?? m[1]) >= 3
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
function unicodeWords(source: string): string {
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

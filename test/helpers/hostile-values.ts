import type { SeededRandom } from '../../electron/core/demo/seeded-random'

/** Strings a page could send to hurt: control characters, broken UTF-16, paths, SQL, markup. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'before\u0000after',
  '\uD800',
  'lone \uDC00 low',
  'end high \uD83D',
  '\uDC00\uD800',
  '\uFEFF\u202Eevil\u202C',
  '\r\n\t\v\f',
  "'; DROP TABLE codings; --",
  '" OR 1=1 --',
  '%s%n%x',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e308',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '😀'.repeat(50),
  // Full-text search syntax (FTS5) and regular expressions that backtrack or do not compile.
  '"unterminated',
  'a*',
  'NEAR(a b)',
  'text:élève',
  '^début',
  'AND',
  'NOT OR',
  '(',
  '(a+)+$',
  '(a|aa)*b',
  '(.*a){25}',
  '\\1(a)',
  '[',
  'x{99999}',
  '(?<=a)b',
  '\\p{Lu}+',
  'é'.repeat(201),
]

let huge: string[] | null = null
/** Strings of 1 to 5 MB, built once per file (a fresh one per input would cost more than the call). */
export function hugeStrings(): readonly string[] {
  huge ??= ['x'.repeat(1_000_001), 'a\u0000'.repeat(1_100_000), 'é\uD800'.repeat(1_250_000), 'mot '.repeat(1_300_000)]
  return huge
}

/** Numbers that break arithmetic, indices and SQLite's integers. */
export const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  -0,
  0.5,
  -2147483649,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
]

/** A fresh, well-formed UUID that no row of any engagement holds. */
export function unknownUuid(rng: SeededRandom): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(0, 15)]).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[rng.int(0, 3)]}${hex(3)}-${hex(12)}`
}

/** An array or object nested `depth` levels deep (what JSON.parse and recursion choke on). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom'
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v }
  return v
}

/** A value of no particular schema: the wholly wrong inputs, and what `unknown` fields receive. */
export function anyHostileValue(rng: SeededRandom): unknown {
  switch (rng.int(0, 13)) {
    case 0:
      return null
    case 1:
      return undefined
    case 2:
      return rng.pick(HOSTILE_NUMBERS)
    case 3:
      return rng.pick(HOSTILE_STRINGS)
    case 4:
      return rng.pick(hugeStrings())
    case 5:
      return rng.chance(0.5)
    case 6:
      return []
    case 7:
      return deeplyNested(rng.pick([100, 5_000, 50_000]), rng.pick(['array', 'object'] as const))
    case 8:
      return Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]))
    case 9:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')
    case 10:
      return Array.from({ length: 100_000 }, (_, i) => i)
    case 11:
      return { toString: 'not a function', valueOf: 42, length: -1 }
    case 12:
      return BigInt(2) ** BigInt(70)
    default:
      return new Date(NaN)
  }
}

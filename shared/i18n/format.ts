import type { Language } from '../domain/groups'

/** The narrow no-break space French puts before ; : ! ? and inside « ». */
export const NNBSP = '\u202f'

const locale = (lang: Language) => (lang === 'fr' ? 'fr-FR' : 'en-GB')

/**
 * French typography on text already written: the space before ; : ! ? » and after « becomes a
 * narrow no-break space, so that no mark starts a line on its own. A mark with no space before it
 * is left alone (times, URLs, "x?" in a pattern); English is returned as it is.
 */
export function typeset(lang: Language, text: string): string {
  if (lang !== 'fr') return text
  return text.replace(/[ \u00a0\u202f]+([;:!?»])/g, `${NNBSP}$1`).replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
}

/** Words quoted as the language writes them: « mot » in French, “word” in English. */
export function quote(lang: Language, text: string): string {
  return lang === 'fr' ? `«${NNBSP}${text}${NNBSP}»` : `“${text}”`
}

/**
 * A number in the language: decimal comma and narrow-space thousands in French ("0,90",
 * "10 000"). With `digits`, exactly that many decimals; without, as many as it has (up to 3).
 */
export function formatNumber(lang: Language, n: number, digits?: number): string {
  const fixed = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }
  return new Intl.NumberFormat(locale(lang), fixed).format(n)
}

/** A share given on 0-100: "56,67 %" (narrow no-break space) in French, "56.67%" in English; — for none. */
export function formatPercent(lang: Language, v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined) return '—'
  const n = formatNumber(lang, v, digits)
  return lang === 'fr' ? `${n}${NNBSP}%` : `${n}%`
}

/** A figure with its sign, a real minus (−12, +0,50), no sign on what rounds to zero; — for none. */
export function formatSigned(lang: Language, v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined) return '—'
  const shown = formatNumber(lang, Math.abs(v), digits)
  const zero = Number((Math.abs(v) * 10 ** digits).toFixed(0)) === 0
  return `${zero ? '' : v > 0 ? '+' : '−'}${shown}`
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const toDate = (iso: string) => new Date(DAY.test(iso) ? `${iso}T00:00:00Z` : iso)
const parts = (lang: Language, d: Date) => {
  const p = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const get = (type: string) => p.formatToParts(d).find((x) => x.type === type)!.value
  // French writes the first day of a month as an ordinal: 1er mars.
  const day = get('day')
  return { day: lang === 'fr' && day === '1' ? '1er' : day, month: get('month'), year: get('year') }
}

/** A day in the language: "9 mars 2026", "1er mars 2026", "9 March 2026"; empty for none, as written if no date. */
export function formatDate(lang: Language, iso: string | null | undefined): string {
  if (!iso) return ''
  if (Number.isNaN(toDate(iso).getTime())) return iso
  const d = parts(lang, toDate(iso))
  return `${d.day} ${d.month} ${d.year}`
}

/**
 * A span of days written once where the ends share it: "9–11 mars 2026", "30 mars – 2 avril
 * 2026", "9 March 2026" for a one-day span; one end alone when the other is missing.
 */
export function formatDateRange(
  lang: Language,
  from: string | null | undefined,
  to: string | null | undefined,
): string {
  if (!from || !to || Number.isNaN(toDate(from).getTime() + toDate(to).getTime()))
    return [from, to]
      .filter(Boolean)
      .map((d) => formatDate(lang, d))
      .join(' – ')
  const a = parts(lang, toDate(from))
  const b = parts(lang, toDate(to))
  if (a.year !== b.year) return `${formatDate(lang, from)} – ${formatDate(lang, to)}`
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`
  if (a.day !== b.day) return `${a.day}–${b.day} ${b.month} ${b.year}`
  return formatDate(lang, from)
}

/** Which form a count takes: French puts 0 and 1 in the singular, English only 1. */
export function pluralForm(lang: Language, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale(lang)).select(count) === 'one' ? 'one' : 'other'
}

/** A count and its noun agreed: "1 personne", "2 personnes", "1 person", "0 people". */
export function plural(lang: Language, count: number, forms: { one: string; other: string }): string {
  return `${formatNumber(lang, count)} ${forms[pluralForm(lang, count)]}`
}

import { en, type MessageKey } from './en'
import { fr } from './fr'
import type { Language } from '../domain/groups'
import {
  formatDate,
  formatDateRange,
  formatNumber,
  formatPercent,
  formatSigned,
  pluralForm,
  quote,
  typeset,
} from './format'

export type { MessageKey }
export { formatDate, formatNumber } from './format'
export type Params = Record<string, string | number>

const catalogues: Record<Language, Record<MessageKey, string>> = { en, fr }

/** The product's language for a locale string such as "fr-FR" or "en_GB.UTF-8"; English otherwise. */
export function languageOf(locale: string | undefined | null): Language {
  return locale && /^fr\b|^fr[-_]/i.test(locale) ? 'fr' : 'en'
}

/**
 * A message with {name} placeholders filled in, numbers in the language's format; in French, what
 * the placeholders brought is typeset too (a name ending in "?" gets its narrow space).
 */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key]
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name]
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(lang, v) : v
  })
  return filled === template ? filled : typeset(lang, filled)
}

/**
 * A counted message: `${key}.one` or `${key}.other` by the language's plural rule (French puts
 * 0 and 1 in "one"), with {count} filled in.
 */
export function translateCount(lang: Language, key: string, count: number, params: Params = {}): string {
  return translate(lang, `${key}.${pluralForm(lang, count)}` as MessageKey, { ...params, count })
}

/** Messages and formats in one language, for the UI and the report. */
export const translator = (lang: Language) => ({
  lang,
  t: (key: MessageKey, params?: Params) => translate(lang, key, params),
  tn: (key: string, count: number, params?: Params) => translateCount(lang, key, count, params),
  number: (n: number, digits?: number) => formatNumber(lang, n, digits),
  percent: (v: number | null | undefined, digits?: number) => formatPercent(lang, v, digits),
  signed: (v: number | null | undefined, digits?: number) => formatSigned(lang, v, digits),
  date: (iso: string | null | undefined) => formatDate(lang, iso),
  dateRange: (from: string | null | undefined, to: string | null | undefined) => formatDateRange(lang, from, to),
  quote: (text: string) => quote(lang, text),
  typeset: (text: string) => typeset(lang, text),
})
export type Translator = ReturnType<typeof translator>

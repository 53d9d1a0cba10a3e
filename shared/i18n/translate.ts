import { en, type MessageKey } from './en'
import { fr } from './fr'
import type { Language } from '../domain/groups'

export type { MessageKey }
export type Params = Record<string, string | number>

const catalogues: Record<Language, Record<MessageKey, string>> = { en, fr }

/** The product's language for a locale string such as "fr-FR" or "en_GB.UTF-8"; English otherwise. */
export function languageOf(locale: string | undefined | null): Language {
  return locale && /^fr\b|^fr[-_]/i.test(locale) ? 'fr' : 'en'
}

/** A message with {name} placeholders filled in. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name]
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(lang, v) : v
  })
}

/**
 * A counted message: `${key}.one` or `${key}.other` by the language's plural rule (French puts
 * 0 and 1 in "one"), with {count} filled in.
 */
export function translateCount(lang: Language, key: string, count: number, params: Params = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other'
  return translate(lang, `${key}.${form}` as MessageKey, { ...params, count })
}

export function formatNumber(lang: Language, n: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n)
}

export function formatDate(lang: Language, iso: string | null): string {
  if (!iso) return ''
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d)
}

export const translator = (lang: Language) => ({
  lang,
  t: (key: MessageKey, params?: Params) => translate(lang, key, params),
  tn: (key: string, count: number, params?: Params) => translateCount(lang, key, count, params),
})
export type Translator = ReturnType<typeof translator>

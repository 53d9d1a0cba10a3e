import type { Bilingual, Language } from '../../../shared/domain/groups'
import { Id } from '../../../shared/domain/ids'
import { newId } from '../db/clock'
import type { Texts } from './incoming-codebook'

// What a codebook import matches and fills in, for families and codes alike.

/** The colour of a new family or code the file gives none. */
export const GREY = '#9E9E9E'

/** An existing item's texts with the file's over them, language by language. */
export const overlay = (base: Bilingual, t: Texts | undefined): Bilingual => ({
  fr: t?.fr ?? base.fr,
  en: t?.en ?? base.en,
})
/** A new item's texts: a language the file lacks takes the other's. */
export const complete = (t: Texts | undefined): Bilingual => ({ fr: t?.fr ?? t?.en ?? '', en: t?.en ?? t?.fr ?? '' })
/**
 * A new code's rules in the languages the file gives, the other left empty: a rule shown in the
 * wrong language is what a screen in the other language falls back to, never what it stores.
 */
export const asWritten = (t: Texts | undefined): Bilingual => ({ fr: t?.fr ?? '', en: t?.en ?? '' })
export const nameOf = (t: Texts, lang: Language): string => t[lang] ?? t.fr ?? t.en ?? ''
export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/**
 * The file's guid as the new item's id, so that a re-import recognises it; a new one where it is
 * taken or is not a UUID Terrain keeps (REFI-QDA allows any hex, such as 20000000-0000-0000-0000-…).
 */
export function usableId(guid: string | null, taken: Set<string>): string {
  return guid && Id.safeParse(guid).success && !taken.has(guid) ? guid : newId()
}

/** The one item that fits, or undefined when none or several do. */
export function uniqueBy<T>(items: T[], fits: (item: T) => boolean): T | undefined {
  const found = items.filter(fits)
  return found.length === 1 ? found[0] : undefined
}

/** Whether an update changes anything. */
export function differs<T extends object>(before: T, after: T): boolean {
  return JSON.stringify(before) !== JSON.stringify(after)
}

import type { Language } from '../../../../shared/domain/groups'

const locale = (lang: Language) => (lang === 'fr' ? 'fr-FR' : 'en-GB')

/** Alpha and kappa to three decimals, as Krippendorff's thresholds are written (0.667). */
export const coefficient = (lang: Language, v: number): string =>
  new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(v)

export const share = (lang: Language, v: number): string =>
  new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(v)

/** The coders compared: every person coder (empty), or a chosen pair. */
export type Comparison = readonly string[]

export const pairKey = (ids: Comparison): string => ids.join('|')
export const parsePair = (key: string): Comparison => (key ? key.split('|') : [])

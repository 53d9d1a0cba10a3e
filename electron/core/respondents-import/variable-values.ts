import { foldName } from '../../../shared/domain/text-folding'

/**
 * A number as a spreadsheet writes it: 12, -3.5, French 3,5, or an XLSX cell's 1.5E-4. Not a
 * thousands separator, and not an integer with a leading zero (007, a postcode, an employee number:
 * an identifier whose zeros count, so text).
 */
export function parseNumber(text: string): number | undefined {
  if (/^[+-]?0\d/.test(text)) return undefined
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return finite(Number(text))
  if (/^[+-]?\d*,\d+$/.test(text)) return finite(Number(text.replace(',', '.')))
  return undefined
}

const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined)

/** What Excel writes for TRUE and FALSE in English and French, and the yes and no a consultant types. */
const BOOLEAN_WORDS: Record<string, boolean> = {
  yes: true,
  no: false,
  true: true,
  false: false,
  oui: true,
  non: false,
  vrai: true,
  faux: false,
}

export function parseBoolean(text: string): boolean | undefined {
  return BOOLEAN_WORDS[foldName(text)]
}

/** A calendar date written year-month-day (2026-09-14), the form variables keep. */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? text : undefined
}

/** Day 0 of Excel's 1900 date system, which counts a 29 February 1900 that never was. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/**
 * A date cell of an XLSX workbook: Excel stores dates as day numbers and the sheet's style alone
 * shows them as dates, so a date column reads as numbers such as 46279. Only after 1 March 1900.
 */
export function excelSerialDate(text: string): string | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined
  const days = Math.floor(Number(text))
  if (days < 61 || days > 2958465) return undefined
  return new Date(EXCEL_EPOCH + days * 86_400_000).toISOString().slice(0, 10)
}

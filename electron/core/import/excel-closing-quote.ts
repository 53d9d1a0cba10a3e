import { parse } from 'csv-parse/sync'
import { CSV_OPTIONS, type Separator } from './csv-push-parser'

const QUOTE = '"'

function quotes(text: string): number {
  let n = 0
  for (let i = text.indexOf(QUOTE); i !== -1; i = text.indexOf(QUOTE, i + 1)) n++
  return n
}

/**
 * The cells of one record as Excel reads them, from the record's text: a cell that goes on after
 * its closing quote ("Yes, said" she) is the quoted text and then the rest (Yes, said she), where
 * csv-parse keeps it as written, quotes included. Only a record with a cell that starts with a
 * quote comes here; each cell's length in the text tells that case from a cell that merely starts
 * with a doubled quote ("""Oui"", dit-elle"), which is left as csv-parse reads it.
 */
export function cellsAsExcelReadsThem(record: string, separator: Separator): string[] {
  let start = 0
  const records = parse(record, {
    ...CSV_OPTIONS,
    delimiter: separator,
    to: 1,
    // `bytes` is where the cell ends in the record's UTF-8; the next one starts after the separator.
    cast: (value, { bytes, index, quoting }) => {
      const from = index === 0 ? 0 : start
      start = bytes + 1
      return quoting && value.startsWith(QUOTE) ? asExcelReadsIt(value, bytes - from) : value
    },
  }) as string[][]
  return records[0] ?? []
}

/** A cell that started with a quote, from csv-parse's value and the cell's length in the text. */
function asExcelReadsIt(value: string, written: number): string {
  const asQuoted = Buffer.byteLength(value) + quotes(value) + 2
  if (written === asQuoted) return value
  // csv-parse gave `"` + quoted text + `"` + rest; the rest holds (asQuoted - written - 4) quotes.
  let rest = asQuoted - written - 4
  let closing = value.length
  do closing = value.lastIndexOf(QUOTE, closing - 1)
  while (rest-- > 0 && closing > 0)
  return closing > 0 ? value.slice(1, closing) + value.slice(closing + 1) : value
}

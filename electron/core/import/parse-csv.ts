import type { TableRow } from './table'

export interface ParsedCsv {
  separator: ';' | ','
  rows: TableRow[]
  /** The line of a record whose quoted cell is never closed; nothing after it was read. */
  unclosedQuoteAt: number | null
}

/**
 * Splits CSV text into records of cells (RFC 4180, as Excel writes it): quoted cells may hold the
 * separator, doubled quotes and line breaks. A record's line is its number among the records, the
 * row number a spreadsheet shows, which differs from the text line once a cell above holds a line
 * break. Lenient where Excel is: a quote inside an unquoted cell, or text after a closing quote,
 * is kept as it is.
 */
export function parseCsv(text: string): ParsedCsv {
  const separator = detectSeparator(text)
  const rows: TableRow[] = []
  const n = text.length
  const delimiterAt = (from: number): number => {
    for (let i = from; i < n; i++) {
      const c = text[i]
      if (c === separator || c === '\n' || c === '\r') return i
    }
    return n
  }
  let i = 0
  for (;;) {
    const line = rows.length + 1
    const cells: string[] = []
    for (;;) {
      let value: string
      if (text[i] === '"') {
        const quoted = readQuoted(text, i + 1)
        if (quoted === null) return { separator, rows, unclosedQuoteAt: line }
        const end = delimiterAt(quoted.next)
        value = quoted.value + text.slice(quoted.next, end)
        i = end
      } else {
        const end = delimiterAt(i)
        value = text.slice(i, end)
        i = end
      }
      cells.push(value)
      if (i < n && text[i] === separator) i++
      else break
    }
    rows.push({ line, cells })
    if (i >= n) break
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    if (i >= n) break
  }
  return { separator, rows, unclosedQuoteAt: null }
}

/** A quoted cell's value from just after its opening quote, and where its closing quote ends; null if never closed. */
function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = ''
  let i = from
  for (;;) {
    const q = text.indexOf('"', i)
    if (q === -1) return null
    value += text.slice(i, q)
    if (text[q + 1] === '"') {
      value += '"'
      i = q + 2
    } else {
      return { value, next: q + 1 }
    }
  }
}

/**
 * The separator of the header line (the first line with anything on it): semicolon (French Excel)
 * or comma, whichever it holds more of outside quotes.
 */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0
  let commas = 0
  let quoted = false
  let blank = true
  for (const c of text) {
    if (c === '"') quoted = !quoted
    else if (quoted) continue
    else if (c === '\n' || c === '\r') {
      if (!blank) break
    } else if (c === ';') semicolons++
    else if (c === ',') commas++
    if (c.trim() !== '') blank = false
  }
  return semicolons > commas ? ';' : ','
}

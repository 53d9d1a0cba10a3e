import type { XmlEvent } from '../files/xml-events'
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'
import type { TableRow } from './table'

/** Excel escapes characters that XML cannot carry (a lone carriage return) as _xHHHH_. */
const unescapeExcel = (s: string): string =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s

/**
 * Text gathered for one cell from several XML texts (runs, CDATA sections), each within the XML
 * reader's limit: held to MAX_CELL_CHARS as it grows, so that it never grows past it.
 */
function capped(text: string, tooLong: (length: number) => never): string {
  return text.length > MAX_CELL_CHARS ? tooLong(text.length) : text
}

/**
 * Collects the text of <t> elements until the closing `until` element; phonetic runs (rPh, the
 * readings Excel keeps for Japanese) are not part of the value.
 */
function collectText(events: Iterator<XmlEvent>, until: string, tooLong: (length: number) => never): string {
  let text = ''
  let inT = false
  let inPhonetic = 0
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'text') {
      if (inT && inPhonetic === 0) text = capped(text + e.text, tooLong)
    } else if (e.name === until && e.kind === 'close') {
      break
    } else if (e.name === 'rPh') {
      if (e.kind === 'close') inPhonetic--
      else if (!e.selfClosing) inPhonetic++
    } else if (e.name === 't') {
      inT = e.kind === 'open' && !e.selfClosing
    }
  }
  return unescapeExcel(text)
}

/**
 * The shared string table: what a cell of type "s" points to by index. A string longer than any
 * cell may be (MAX_CELL_CHARS; Excel's own cells stop at 32,767) refuses `file`.
 */
export function readSharedStrings(events: Iterator<XmlEvent>, file: string): string[] {
  const strings: string[] = []
  const tooLong = (length: number) => refuseLimit('MAX_CELL_CHARS', file, length)
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'open' && e.name === 'si') strings.push(e.selfClosing ? '' : collectText(events, 'si', tooLong))
  }
  return strings
}

/** Excel's last column is XFD: a reference past it is forged, and would make a row of millions of cells. */
const MAX_COLUMNS = 16_384

/** "AB12" -> 27 (0-based column of a cell reference). */
export function columnIndex(ref: string): number | null {
  const letters = /^([A-Za-z]+)\d*$/.exec(ref)?.[1]
  if (!letters) return null
  let n = 0
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64)
  return n - 1
}

interface CellParts {
  type: string
  value: string | undefined
  formula: string | undefined
  inline: string | undefined
}

/**
 * A cell's value as text. A formula whose result is an error or absent is given as its formula
 * text with "=" in front: that is how a lone + or - typed into Excel can come back ("=+").
 */
function cellText(c: CellParts, shared: readonly string[]): string {
  if (c.type === 'e' || c.value === undefined) {
    if (c.formula !== undefined && c.formula !== '') return `=${c.formula}`
    if (c.type === 'inlineStr') return c.inline ?? ''
    return c.value ?? ''
  }
  switch (c.type) {
    case 's':
      return shared[Number(c.value)] ?? ''
    case 'inlineStr':
      return c.inline ?? ''
    case 'str':
      return unescapeExcel(c.value)
    case 'b':
      return c.value === '1' ? 'TRUE' : 'FALSE'
    default:
      return c.value
  }
}

/**
 * The rows of a worksheet part, one at a time as the part is read, each with its row number
 * (Excel's, gaps kept) and its cells' text. A row past MAX_TABLE_ROWS or a cell past MAX_CELL_CHARS
 * refuses `file` as soon as it is read.
 */
export function* sheetRows(events: Iterator<XmlEvent>, shared: readonly string[], file: string): Generator<TableRow> {
  let count = 0
  let lastLine = 0
  const counted = (row: TableRow): TableRow => {
    if (++count > MAX_TABLE_ROWS) refuseLimit('MAX_TABLE_ROWS', file, count, { line: row.line })
    lastLine = row.line
    return row
  }
  const tooLong = (line: number) => (length: number) => refuseLimit('MAX_CELL_CHARS', file, length, { line })
  const text = (c: CellParts, line: number): string => capped(cellText(c, shared), tooLong(line))
  let row: TableRow | null = null
  let nextCol = 0
  let cell: (CellParts & { col: number; line: number }) | null = null
  let capture: 'v' | 'f' | null = null
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'open') {
      if (e.name === 'row') {
        const line = Number(e.attrs.r) || lastLine + 1
        row = { line, cells: [] }
        nextCol = 0
        if (e.selfClosing) {
          yield counted(row)
          row = null
        }
      } else if (e.name === 'c' && row) {
        const col = (e.attrs.r !== undefined ? columnIndex(e.attrs.r) : null) ?? nextCol
        if (col >= MAX_COLUMNS) throw new Error(`A cell past Excel's last column: ${e.attrs.r ?? col}.`)
        nextCol = col + 1
        cell = { col, line: row.line, type: e.attrs.t ?? 'n', value: undefined, formula: undefined, inline: undefined }
        if (e.selfClosing) {
          row.cells[col] = text(cell, row.line)
          cell = null
        }
      } else if (cell && (e.name === 'v' || e.name === 'f')) {
        capture = e.selfClosing ? null : e.name
        if (e.name === 'f' && !e.selfClosing) cell.formula = ''
      } else if (cell && e.name === 'is' && !e.selfClosing) {
        cell.inline = collectText(events, 'is', tooLong(cell.line))
      }
    } else if (e.kind === 'text') {
      if (cell && capture === 'v') cell.value = capped((cell.value ?? '') + e.text, tooLong(cell.line))
      else if (cell && capture === 'f') cell.formula = capped(cell.formula + e.text, tooLong(cell.line))
    } else if (e.name === 'v' || e.name === 'f') {
      capture = null
    } else if (e.name === 'c' && cell && row) {
      row.cells[cell.col] = text(cell, row.line)
      cell = null
    } else if (e.name === 'row' && row) {
      const done: TableRow = { line: row.line, cells: Array.from(row.cells, (c) => c ?? '') }
      row = null
      yield counted(done)
    }
  }
}

import { scanXml, type XmlEvent } from './xml-scanner'
import type { TableRow } from './table'

/** Excel escapes characters that XML cannot carry (a lone carriage return) as _xHHHH_. */
const unescapeExcel = (s: string): string =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s

/**
 * Collects the text of <t> elements until the closing `until` element; phonetic runs (rPh, the
 * readings Excel keeps for Japanese) are not part of the value.
 */
function collectText(events: Iterator<XmlEvent>, until: string): string {
  let text = ''
  let inT = false
  let inPhonetic = 0
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'text') {
      if (inT && inPhonetic === 0) text += e.text
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

/** The shared string table: what a cell of type "s" points to by index. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = []
  const events = scanXml(xml)
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'open' && e.name === 'si') strings.push(e.selfClosing ? '' : collectText(events, 'si'))
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
function cellText(c: CellParts, shared: string[]): string {
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

/** The rows of a worksheet part, each with its row number (Excel's, gaps kept) and its cells' text. */
export function readSheetRows(xml: string, shared: string[]): TableRow[] {
  const rows: TableRow[] = []
  const events = scanXml(xml)
  let row: TableRow | null = null
  let nextCol = 0
  let cell: (CellParts & { col: number }) | null = null
  let capture: 'v' | 'f' | null = null
  for (let ev = events.next(); !ev.done; ev = events.next()) {
    const e = ev.value
    if (e.kind === 'open') {
      if (e.name === 'row') {
        const line = Number(e.attrs.r) || (rows.at(-1)?.line ?? 0) + 1
        row = { line, cells: [] }
        nextCol = 0
        if (e.selfClosing) {
          rows.push(row)
          row = null
        }
      } else if (e.name === 'c' && row) {
        const col = (e.attrs.r !== undefined ? columnIndex(e.attrs.r) : null) ?? nextCol
        if (col >= MAX_COLUMNS) throw new Error(`A cell past Excel's last column: ${e.attrs.r ?? col}.`)
        nextCol = col + 1
        cell = { col, type: e.attrs.t ?? 'n', value: undefined, formula: undefined, inline: undefined }
        if (e.selfClosing) {
          row.cells[col] = cellText(cell, shared)
          cell = null
        }
      } else if (cell && (e.name === 'v' || e.name === 'f')) {
        capture = e.selfClosing ? null : e.name
        if (e.name === 'f' && !e.selfClosing) cell.formula = ''
      } else if (cell && e.name === 'is' && !e.selfClosing) {
        cell.inline = collectText(events, 'is')
      }
    } else if (e.kind === 'text') {
      if (cell && capture === 'v') cell.value = (cell.value ?? '') + e.text
      else if (cell && capture === 'f') cell.formula += e.text
    } else if (e.name === 'v' || e.name === 'f') {
      capture = null
    } else if (e.name === 'c' && cell && row) {
      row.cells[cell.col] = cellText(cell, shared)
      cell = null
    } else if (e.name === 'row' && row) {
      rows.push({ line: row.line, cells: Array.from(row.cells, (c) => c ?? '') })
      row = null
    }
  }
  return rows
}

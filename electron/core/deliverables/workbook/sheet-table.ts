import type { Alignment, Borders, Fill, Font, stream } from 'exceljs'
import type { Translator } from '../../../../shared/i18n/translate'
import { cellText } from './cell-text'
import { columnWidth, rowHeight, HEADER_LINE_POINTS, wrappedLines } from './table-sizes'
import { FORMATS, KIND_FORMAT, isText, wraps, type ColumnKind, type TableCell, type TableColumn } from './table-model'

/** The workbook being written: streamed, so that 50,000 excerpt rows never sit in memory as cells. */
export type Workbook = stream.xlsx.WorkbookWriter

const ACCENT = 'FF0F5E66'
const INK = 'FF17202A'
const MUTED = 'FF6B7785'
const LINE = 'FFDFE3E8'
const HEADER_FONT: Partial<Font> = { name: 'Calibri', size: 10, bold: true, color: { argb: 'FFFFFFFF' } }
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } }
const HEADER_BORDER: Partial<Borders> = { bottom: { style: 'thin', color: { argb: INK } } }
const BODY_BORDER: Partial<Borders> = { bottom: { style: 'hair', color: { argb: LINE } } }
const BODY_FONT: Partial<Font> = { name: 'Calibri', size: 10, color: { argb: INK } }
const ID_FONT: Partial<Font> = { name: 'Calibri', size: 9, color: { argb: MUTED } }

/**
 * One sheet as a table: a header row that stays in view, a filter on every column, widths that
 * fit, rows as tall as their wrapped text (set here: neither Excel nor LibreOffice fits them on
 * opening), numbers as numbers, and pages that print landscape, one page wide, with the header on
 * each. Every text goes in as a plain string value, which exceljs writes as a shared string, never
 * a formula, whatever its first character.
 */
export function addTable(
  workbook: Workbook,
  tr: Translator,
  name: string,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  progress?: (done: number) => void,
): void {
  const widths = columns.map((c, i) => columnWidth(c, rows, i))
  const unprinted = columns.findIndex((c) => c.printed === false)
  const printed = unprinted < 0 ? columns.length : unprinted
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      // exceljs writes "$" before each end: with the row's own "$", the area is absolute, as Excel writes it.
      ...(printed < columns.length ? { printArea: `A$1:${columnLetter(printed)}$${rows.length + 1}` } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L&8${footer(tr)}`, evenFooter: `&L&8${footer(tr)}` },
  })
  sheet.columns = columns.map((c, i) => ({ width: widths[i], style: bodyStyle(c.kind) }))
  writeHeader(sheet, columns, widths)
  rows.forEach((row, r) => {
    const line = sheet.addRow(row.map(value))
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') line.getCell(i + 1).numFmt = FORMATS[cell.format]
    })
    line.height = rowHeight(row, columns, widths)
    line.commit()
    if (progress && r % 1000 === 999) progress(r + 1)
  })
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } }
  sheet.commit()
}

/** A body cell's look: text top-left and wrapped, numbers right-aligned, a space between the two. */
function bodyStyle(kind: ColumnKind) {
  const alignment: Partial<Alignment> = isText(kind)
    ? { vertical: 'top', horizontal: 'left', wrapText: wraps(kind) }
    : { vertical: 'top', horizontal: 'right', indent: 1 }
  return {
    numFmt: FORMATS[KIND_FORMAT[kind]],
    font: kind === 'id' ? ID_FONT : BODY_FONT,
    alignment,
    border: BODY_BORDER,
  }
}

/** "Confidential · Excerpts · page 3 of 12", with Excel's fields for the sheet and the pages. */
function footer(tr: Translator): string {
  return tr.t('workbook.footer', { sheet: '&A', page: '&P', pages: '&N' })
}

function writeHeader(sheet: ReturnType<Workbook['addWorksheet']>, columns: readonly TableColumn[], widths: number[]) {
  const header = sheet.addRow(columns.map((c) => c.header))
  const lines = Math.max(...columns.map((c, i) => wrappedLines(c.header, widths[i]!)))
  header.height = lines * HEADER_LINE_POINTS + 8
  columns.forEach((c, i) => {
    header.getCell(i + 1).style = {
      numFmt: FORMATS.text,
      font: HEADER_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment: isText(c.kind)
        ? { vertical: 'middle', horizontal: 'left', wrapText: true }
        : { vertical: 'middle', horizontal: 'right', wrapText: true, indent: 1 },
    }
  })
  header.commit()
}

/** What goes in the cell: text made safe for a cell, a number, or nothing. */
function value(cell: TableCell): string | number | null {
  if (cell === null) return null
  if (typeof cell === 'object') return Number.isFinite(cell.value) ? cell.value : null
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  return cellText(cell)
}

/** A column's letters from its number: 1 is A, 27 is AA. */
function columnLetter(n: number): string {
  let out = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out
  return out
}

import { isText, wraps, type TableCell, type TableColumn } from './table-model'

/** Widths in characters: wide enough for the longest value, never so wide that a page prints tiny. */
const WIDTH = {
  label: { min: 8, max: 24 },
  text: { min: 14, max: 50 },
  id: { min: 10, max: 38 },
  number: { min: 7, max: 16 },
}
/** Points per line of 10-point Calibri, as Excel lays rows out (its own default for that size). */
const BODY_LINE_POINTS = 12.75
export const HEADER_LINE_POINTS = 13
/**
 * Characters of 10-point text a column of width w holds. The width unit is a digit of 11-point
 * Calibri; a line of ordinary 10-point text holds about 1.3 of them (measured in LibreOffice with
 * Carlito, Calibri's metric twin). A little under that, so that a row is never too short.
 */
const charsPerLine = (width: number) => Math.max(1, Math.floor(width * 1.25) - 1)

/** The width a column needs for its header (on two lines at most) and its longest value, capped. */
export function columnWidth(column: TableColumn, rows: readonly (readonly TableCell[])[], i: number): number {
  const bounds = isText(column.kind) ? WIDTH[column.kind as 'label' | 'text' | 'id'] : WIDTH.number
  const max = column.maxWidth ?? bounds.max
  // Numbers are indented from the column's right edge: they need a little more room.
  const padding = isText(column.kind) ? 2 : 3
  const words = column.header.split(/\s+/)
  const header = Math.max(...words.map((w) => w.length), Math.ceil(column.header.length / 2)) + padding
  let longest = 0
  for (const row of rows) {
    longest = Math.max(longest, shownLength(row[i] ?? null))
    if (longest + padding >= max) break
  }
  return Math.min(max, Math.max(bounds.min, header, longest + padding))
}

/** A row's height in points: its tallest wrapped cell, one line at least. */
export function rowHeight(
  row: readonly TableCell[],
  columns: readonly TableColumn[],
  widths: readonly number[],
): number {
  let lines = 1
  row.forEach((cell, i) => {
    if (typeof cell === 'string' && wraps(columns[i]!.kind)) lines = Math.max(lines, wrappedLines(cell, widths[i]!))
  })
  return lines * BODY_LINE_POINTS + 2.25
}

/** The lines a text takes in a column this wide, its own line breaks kept, words wrapped as Excel wraps them. */
export function wrappedLines(text: string, width: number): number {
  const room = charsPerLine(width)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += 1
    let used = 0
    for (const word of paragraph.split(/\s+/)) {
      if (word.length === 0) continue
      const need = used > 0 ? used + 1 + word.length : word.length
      if (need <= room) {
        used = need
        continue
      }
      if (used > 0) lines += 1
      // A word longer than a line breaks wherever the line ends.
      lines += Math.ceil(word.length / room) - 1
      used = word.length % room || room
    }
  }
  return Math.max(1, lines)
}

/** About how many characters a value shows: a text's longest line, a number as formatted. */
function shownLength(cell: TableCell): number {
  if (cell === null) return 0
  if (typeof cell === 'string') return Math.max(...cell.split('\n', 20).map((l) => l.length))
  const n = typeof cell === 'number' ? cell : cell.value
  return Math.round(Math.abs(n)).toLocaleString('en').length + 4
}

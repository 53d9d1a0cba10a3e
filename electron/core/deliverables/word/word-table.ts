import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IBorderOptions,
} from 'docx'
import type { Block } from '../../../../shared/report/report-document'
import { STYLE } from './word-styles'
import { COLOR, mm, TEXT_WIDTH } from './word-theme'
import type { WordContext } from './word-context'

type TableBlock = Extract<Block, { kind: 'table' }>
type KeyFigures = Extract<Block, { kind: 'keyfigures' }>

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const rule = (color: string, eighths: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size: eighths, color })
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
const CELL_MARGINS = { top: mm(1.5), bottom: mm(1.5), left: mm(2), right: mm(2) }

/**
 * A table of the report as a Word table: the heading row repeated on each page it runs over, rows
 * kept whole, numeric columns right-aligned, rules under the heading and between rows as in the PDF.
 */
export function reportTable(block: TableBlock, c: WordContext): Table {
  // A row longer than the head (or a head left empty) still gets a column for each of its cells.
  const columns = Math.max(1, block.head.length, ...block.rows.map((r) => r.length))
  const b = { ...block, head: Array.from({ length: columns }, (_, i) => block.head[i] ?? '') }
  const widths = columnWidths(b)
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders: { bottom: head ? rule(COLOR.ink, 6) : rule(COLOR.line, 6), top: NONE, left: NONE, right: NONE },
      children: [
        new Paragraph({
          style: head ? STYLE.tableHead : STYLE.tableText,
          alignment: b.numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: c.runs(text),
        }),
      ],
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map(
        (r) => new TableRow({ cantSplit: true, children: b.head.map((_, i) => cell(r[i] ?? '', i, false)) }),
      ),
    ],
  })
}

/** A generous average width of a character of the table's text (9.5 pt Calibri), and the cell's side margins. */
const CHAR = mm(1.9)
const SIDES = mm(4.5)

/**
 * Column widths from what the columns hold: each at least as wide as its longest word (a code such
 * as "OUT.FLOW" is never broken), the rest of the line shared by how much text each holds, so that
 * a column of definitions gets the room. The PDF's browser does this itself; Word would otherwise
 * split the line evenly.
 */
function columnWidths(b: TableBlock): number[] {
  const cells = (i: number) => [b.head[i] ?? '', ...b.rows.map((r) => r[i] ?? '')]
  const longestWord = (i: number) => Math.max(0, ...cells(i).flatMap((v) => v.split(/\s+/).map((w) => w.length)))
  const mean = (i: number) => b.rows.reduce((a, r) => a + (r[i] ?? '').length, 0) / Math.max(1, b.rows.length)
  const least = b.head.map((_, i) => longestWord(i) * CHAR + SIDES)
  const weights = b.head.map((h, i) => Math.min(80, Math.max(6, h.length * 1.2, mean(i))))
  const spare = TEXT_WIDTH - least.reduce((a, w) => a + w, 0)
  const weightSum = weights.reduce((a, w) => a + w, 0)
  const leastSum = least.reduce((a, w) => a + w, 0)
  const widths =
    spare > 0
      ? least.map((l, i) => Math.floor(l + (spare * weights[i]!) / weightSum))
      : least.map((l) => Math.floor((TEXT_WIDTH * l) / leastSum))
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, w) => a + w, 0)
  return widths
}

/** The key figures side by side, each under its own accent rule (a narrow empty column between): the value large, its label below. */
export function keyFiguresTable(b: KeyFigures, c: WordContext): Table {
  const gap = mm(4)
  const n = Math.max(1, b.items.length)
  const width = Math.floor((TEXT_WIDTH - gap * (n - 1)) / n)
  const figure = (k: KeyFigures['items'][number]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: rule(COLOR.accent, 16), bottom: NONE, left: NONE, right: NONE },
      children: [
        new Paragraph({ style: STYLE.keyValue, children: c.runs(k.value) }),
        new Paragraph({ style: STYLE.keyLabel, children: c.runs(k.label) }),
      ],
    })
  const spacer = () => new TableCell({ width: { size: gap, type: WidthType.DXA }, children: [new Paragraph({})] })
  const cells = b.items.flatMap((k, i) => (i === 0 ? [figure(k)] : [spacer(), figure(k)]))
  return new Table({
    width: { size: width * n + gap * (n - 1), type: WidthType.DXA },
    columnWidths: b.items.flatMap((_, i) => (i === 0 ? [width] : [gap, width])),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: mm(2), bottom: mm(1), left: 0, right: 0 },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  })
}

import type { TableRow } from './table'

/** A row with its cells trimmed, in NFC, with \n for every line break; null for a row with nothing in it. */
export function tidyRow(line: number, cells: readonly string[]): TableRow | null {
  const tidy = cells.map((c) => c.replace(/\r\n?/g, '\n').normalize('NFC').trim())
  return tidy.some((c) => c !== '') ? { line, cells: tidy } : null
}

/** The rows of a sheet, tidied, the empty ones left out. */
export function* tidyRows(rows: Iterable<TableRow>): Generator<TableRow> {
  for (const row of rows) {
    const tidy = tidyRow(row.line, row.cells)
    if (tidy) yield tidy
  }
}

import type { ImportProblem } from '../../../shared/api/imports'

/** One row of a spreadsheet: its 1-based line (the header is line 1) and its cells as text. */
export interface TableRow {
  line: number
  cells: string[]
}

/**
 * A CSV or the first sheet of an XLSX, as rows of text, before any meaning is read into it; read
 * as its rows are iterated (a CSV from disk, a sheet from its archive, a chunk at a time), so
 * iterate them once.
 */
export interface TableStream {
  /** The file's name, without its folder. */
  file: string
  /** The CSV's separator; null for an XLSX. */
  separator: ';' | ',' | null
  /** Non-empty rows in file order, cells trimmed, line breaks as \n, Unicode NFC. */
  rows: Iterable<TableRow>
  /** What made part of the file unreadable (a quote never closed): complete once the rows are read. */
  problems: ImportProblem[]
}

/** A table read whole: for small files and tests; an import streams a TableStream. */
export interface Table extends TableStream {
  rows: TableRow[]
}

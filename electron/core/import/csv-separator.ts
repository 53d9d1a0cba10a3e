import { CSV_OPTIONS, pushParser, type Separator } from './csv-push-parser'

/** How much of a file's start the separator is looked for in; a header runs on no longer. */
const PROBE_BYTES = 1024 * 1024

/**
 * The separator of the header line (the first line with anything on it): semicolon (French Excel)
 * or comma, whichever it holds more of outside quotes. Two parsers read the file's first chunks,
 * one per separator, until each has read the header; the one that splits it into more cells wins,
 * a tie going to the comma. Separators inside quotes, and line breaks there, split nothing.
 */
export function probeSeparator(chunks: Iterable<Buffer>): Separator {
  const comma = headerWidth(',')
  const semicolon = headerWidth(';')
  let read = 0
  for (const chunk of chunks) {
    comma.feed(chunk, false)
    semicolon.feed(chunk, false)
    read += chunk.length
    if ((comma.cells() !== null && semicolon.cells() !== null) || read > PROBE_BYTES) break
  }
  comma.feed(undefined, true)
  semicolon.feed(undefined, true)
  return (semicolon.cells() ?? 1) > (comma.cells() ?? 1) ? ';' : ','
}

/** How many cells the first line with anything on it has, split by `separator`; null until it is read. */
function headerWidth(separator: Separator) {
  const parser = pushParser({ ...CSV_OPTIONS, delimiter: separator })
  let cells: number | null = null
  const push = (record: unknown) => {
    const [first, ...more] = record as string[]
    // A blank line is one cell of spaces at most; a line of separators alone is not blank.
    if (more.length > 0 || first!.trim() !== '') cells ??= more.length + 1
  }
  return {
    // A quote never closed is reported by the reader, with its line: here it only leaves the width unknown.
    feed: (chunk: Buffer | undefined, end: boolean) =>
      void (cells === null && parser.parse(chunk, end, push, () => {})),
    cells: () => cells,
  }
}

import { Parser, type Info, type Options } from 'csv-parse'

/** Where a separator is one character: the two a spreadsheet writes. */
export type Separator = ';' | ','

/**
 * csv-parse's push parser: the machine its stream and its sync entry points both drive. Fed one
 * chunk at a time, it pushes each record as soon as the record's end has been read, and returns
 * the error that stopped it (a quote never closed at `end`) instead of throwing.
 */
export interface PushParser {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: unknown) => void, close: () => void): Error | undefined
  readonly info: Info
}

/**
 * How Terrain reads a CSV, as Excel writes and reads it (RFC 4180): cells in double quotes may hold
 * the separator, doubled quotes and line breaks; a record ends at CR, LF or CRLF, mixed in one file;
 * a blank line is a record of one empty cell (it keeps the spreadsheet's row numbers); rows may be
 * shorter or longer than the header; a quote inside an unquoted cell is a character (relax_quotes).
 * The text arrives as UTF-8 without a BOM (text-chunks.ts decodes every encoding to it).
 */
export const CSV_OPTIONS = {
  bom: false,
  quote: '"',
  escape: '"',
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
} satisfies Options

/**
 * A push parser, for a synchronous reader that feeds a file chunk by chunk: the import runs on
 * one synchronous path (a contract handler, the CLI) and holds only the chunk and the record at
 * hand. csv-parse's Parser keeps it as `api`; the check makes an upgrade that moves it fail loudly.
 */
export function pushParser(options: Options): PushParser {
  const api = (new Parser(options) as unknown as { api?: PushParser }).api
  if (typeof api?.parse !== 'function') throw new Error('csv-parse no longer exposes its push parser (Parser.api)')
  return api
}

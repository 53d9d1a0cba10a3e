/**
 * What Terrain reads from an untrusted file, at most (../shared/LIMITS.md, with its names). Every
 * reader checks these before the work they protect and refuses with refuseLimit (refuse-limit.ts).
 * They sit well above what Terrain itself writes (1,000 respondents, 250,000 codings) and below what
 * would exhaust a laptop.
 */

const MB = 1024 * 1024

/** Size of one file read, the engagement excepted. */
export const MAX_FILE_BYTES = 200 * MB
/** Entries of one archive (.docx, .xlsx, .qdpx). */
export const MAX_ARCHIVE_ENTRIES = 20_000
/** Uncompressed total of one archive, from the declared sizes, then counted again while inflating. */
export const MAX_ARCHIVE_UNCOMPRESSED_BYTES = 1024 * MB
/** Compression ratio (uncompressed : compressed) allowed to an entry... */
export const MAX_ENTRY_RATIO = 200
/** ...once it is over this size uncompressed: small entries (an empty sheet's XML) compress far better. */
export const ENTRY_RATIO_FROM_BYTES = MB
/** Element nesting depth of an XML document. */
export const MAX_XML_DEPTH = 256
/** Characters of text of one XML node or attribute. */
export const MAX_XML_TEXT_CHARS = 10 * MB
/** Codes in one codebook. */
export const MAX_CODES = 10_000
/** Nesting depth of codes (a top-level code is at depth 1). */
export const MAX_CODE_DEPTH = 32
/** Characters of a code's name. */
export const MAX_CODE_NAME_CHARS = 200
/** Characters of a code's definition, rule or example. */
export const MAX_CODE_TEXT_CHARS = 20_000
/** Rows of a CSV file or a sheet. */
export const MAX_TABLE_ROWS = 1_000_000
/** Characters of one cell. */
export const MAX_CELL_CHARS = 100_000
/** Respondents in one engagement. */
export const MAX_RESPONDENTS = 10_000
/** Characters of one document (a transcript). */
export const MAX_DOCUMENT_CHARS = 5_000_000
/** Codings or selections in one import. */
export const MAX_IMPORT_CODINGS = 1_000_000

/** Every limit by name, with its value: what refuseLimit reports. */
export const LIMITS = {
  MAX_FILE_BYTES,
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_UNCOMPRESSED_BYTES,
  MAX_ENTRY_RATIO,
  MAX_XML_DEPTH,
  MAX_XML_TEXT_CHARS,
  MAX_CODES,
  MAX_CODE_DEPTH,
  MAX_CODE_NAME_CHARS,
  MAX_CODE_TEXT_CHARS,
  MAX_TABLE_ROWS,
  MAX_CELL_CHARS,
  MAX_RESPONDENTS,
  MAX_DOCUMENT_CHARS,
  MAX_IMPORT_CODINGS,
} as const
export type LimitName = keyof typeof LIMITS

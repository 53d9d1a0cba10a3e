/** The shape of a sheet's table: its columns, their kinds and formats, and what a cell may hold. */

/**
 * What a column holds, which sets its number format, alignment and width: `label` short words (a
 * band, a group), `text` long ones (an excerpt, a memo, a definition), `id` an identifier, the
 * others numbers.
 */
export type ColumnKind = 'label' | 'text' | 'id' | 'count' | 'offset' | 'share' | 'points' | 'decimal'

export interface TableColumn {
  header: string
  kind: ColumnKind
  /** The widest it may grow, in characters, where the kind's default is too wide for this table. */
  maxWidth?: number
  /** False for a column a printed page leaves off (identifiers): it and the columns after it. */
  printed?: false
}

/**
 * Number formats, in the file's own notation (Excel shows them with the reader's decimal mark).
 * Shares are stored as fractions (0.8) and shown as 80.0 %; text columns are "@", so that a cell
 * edited in Excel stays text even when it starts with "=".
 */
export const FORMATS = {
  text: '@',
  count: '#,##0',
  offset: '0',
  share: '0.0%',
  points: '+0.0;-0.0;0.0',
  decimal: '0.00',
  signedDecimal: '+0.00;-0.00;0.00',
  outOfFour: '0" / 4"',
} as const
export type NumberFormat = keyof typeof FORMATS

/** A number in a format of its own, where a column holds figures of several kinds (the indices). */
export interface Figure {
  value: number
  format: NumberFormat
}
export type TableCell = string | number | null | Figure

export const KIND_FORMAT: Record<ColumnKind, NumberFormat> = {
  label: 'text',
  text: 'text',
  id: 'text',
  count: 'count',
  offset: 'offset',
  share: 'share',
  points: 'points',
  decimal: 'decimal',
}
export const isText = (kind: ColumnKind): boolean => kind === 'label' || kind === 'text' || kind === 'id'
export const wraps = (kind: ColumnKind): boolean => kind === 'label' || kind === 'text'

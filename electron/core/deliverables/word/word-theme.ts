/**
 * The report's look in Word's units, taken from the PDF's stylesheet (shared/report/report-styles.ts):
 * the same colours, the same A4 margins. The typeface is Calibri, which every client's Office has
 * (LibreOffice's metric twin is Carlito): the PDF's Source Sans 3 would fall back to something else.
 */
export const COLOR = {
  ink: '17202A',
  muted: '6B7785',
  faint: '9AA5B1',
  accent: '0F5E66',
  line: 'DFE3E8',
  believed: '8E5BAA',
  quoteGround: 'F3F7F8',
  cover: '10222B',
  coverKicker: '8FC3C7',
  coverClient: 'D7E6E8',
  coverFoot: 'C3D1D6',
} as const

export const FONT = 'Calibri'

/** Twentieths of a point per millimetre: Word's measure of lengths. */
export const mm = (v: number) => Math.round((v * 1440) / 25.4)

/** Half-points, Word's measure of type sizes. */
export const pt = (v: number) => Math.round(v * 2)

export const PAGE = { width: mm(210), height: mm(297), top: mm(24), right: mm(20), bottom: mm(22), left: mm(20) }

/** The width text and tables take: A4 less the side margins (170 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right

/**
 * How a tool counted a source's character positions. The standard says code points; real exports
 * differ (../shared/interop/REFI-QDA.md): NVivo counts UTF-16 units, ATLAS.ti counts CRLF as one,
 * QualCoder writes a BOM that some count.
 */
export interface Counting {
  unit: 'codePoint' | 'utf16'
  /** How many positions a CRLF line end takes. */
  crlf: 1 | 2
  /** Whether the byte order mark was counted as position 0. */
  bom: boolean
}

/** The source's text as the file holds it: without its BOM, CR and CRLF line ends as written. */
export interface RawText {
  text: string
  hadBom: boolean
  /**
   * Its line ends were given by an XML reader, which makes every CRLF an LF: the tool's own text
   * may have had either, so one position each is tried first, two after.
   */
  lineEndsUnknown?: boolean
}

/** How many positions a line end takes when nothing says otherwise: two for a CRLF in a file, one for an LF. */
export const usualCrlf = (raw: RawText): 1 | 2 => (raw.lineEndsUnknown ? 1 : 2)

/** Terrain's text of a source: LF line ends only (a lone CR is a line end too). */
export const terrainText = (raw: string): string => raw.replace(/\r\n?/g, '\n')

/**
 * The countings worth trying for this text, the standard's first; the tool's hint (NVivo: UTF-16)
 * first of all. Countings that give the same positions on this text are tried once.
 */
export function countingsFor(raw: RawText, utf16First: boolean): Counting[] {
  const astral = /[\uD800-\uDBFF]/.test(raw.text)
  const crlf = raw.text.includes('\r\n')
  const units: Counting['unit'][] = astral
    ? utf16First
      ? ['utf16', 'codePoint']
      : ['codePoint', 'utf16']
    : ['codePoint']
  const out: Counting[] = []
  for (const bom of raw.hadBom ? [false, true] : [false])
    for (const unit of units)
      for (const ends of crlf ? ([usualCrlf(raw), 3 - usualCrlf(raw)] as const) : ([usualCrlf(raw)] as const))
        out.push({ unit, crlf: ends as 1 | 2, bom })
  return out
}

/**
 * Terrain's UTF-16 index (in terrainText) of each file position under a counting, or absent when
 * the position is not at a character of Terrain's text: inside a surrogate pair, past the end.
 * One walk over the text for all positions.
 */
export function mapPositions(raw: string, counting: Counting, positions: Iterable<number>): Map<number, number> {
  const wanted = [...new Set(positions)].filter((p) => Number.isInteger(p) && p >= 0).sort((a, b) => a - b)
  const out = new Map<number, number>()
  let next = 0
  let fileAt = counting.bom ? 1 : 0
  let at = 0
  let splitPair = false
  const record = () => {
    while (next < wanted.length && wanted[next]! < fileAt) next++
    while (next < wanted.length && wanted[next] === fileAt) {
      if (!splitPair) out.set(wanted[next]!, at)
      next++
    }
  }
  for (let i = 0; i < raw.length && next < wanted.length; i++) {
    record()
    const c = raw.charCodeAt(i)
    splitPair = false
    if (c === 13 && raw.charCodeAt(i + 1) === 10) {
      // CRLF is one LF in Terrain's text; a counting of two puts a position between them at the LF.
      fileAt += counting.crlf - 1
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
      const low = raw.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++
        at += 2
        if (counting.unit === 'utf16') {
          fileAt += 1
          splitPair = true
          record()
          splitPair = false
          fileAt += 1
        } else fileAt += 1
        continue
      }
      fileAt++
      at++
    } else {
      fileAt++
      at++
    }
  }
  record()
  return out
}

/** Whitespace folded and Unicode composed: names and texts from different tools compare alike. */
const folded = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim()
const ELLIPSIS = /(?:…|\.\.\.)$/

/**
 * How well a selection's name quotes the text it selects: 3 when it is that text to the space (an
 * XML attribute turns line ends into spaces), 2 when it is that text but for spaces at its ends, 1
 * when one is the other's beginning over most of the shorter (a tool that cut the name, with or
 * without an ellipsis, or a hand-written label a few words off), 0 when it quotes nothing of it.
 */
export function nameFit(name: string, selected: string): 0 | 1 | 2 | 3 {
  const spaced = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ')
  if (name.trim() && spaced(name) === spaced(selected)) return 3
  const n = folded(name).replace(ELLIPSIS, '').trimEnd()
  if (!n) return 0
  const s = folded(selected)
  if (n === s) return 2
  const shorter = Math.min(n.length, s.length)
  if (shorter < 3) return 0
  let common = 0
  while (common < shorter && n[common] === s[common]) common++
  return common === shorter && (shorter >= 8 || common === n.length) ? 1 : 0
}

/** A document's text as a .qdpx holds it, and where Terrain's offsets fall in it. */
export interface ExportedText {
  /** UTF-8 without BOM, LF line ends. */
  text: string
  /** The code-point position in `text` of a UTF-16 offset of the original text. */
  at: (utf16Offset: number) => number
}

/**
 * REFI-QDA counts Unicode code points, Terrain UTF-16 code units: an emoji is one position there
 * and two here. A CRLF becomes the LF other tools count as one, a lone CR an LF, a BOM nothing;
 * offsets are mapped in the same single pass, so a coding keeps its words.
 */
export function exportedText(original: string): ExportedText {
  const positions = new Uint32Array(original.length + 1)
  let cp = 0
  for (let i = 0; i < original.length; i++) {
    positions[i] = cp
    const unit = original.charCodeAt(i)
    if (i === 0 && unit === 0xfeff) continue
    if (unit === 0x0d && original.charCodeAt(i + 1) === 0x0a) continue
    const isLowOfPair = unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHigh(original.charCodeAt(i - 1))
    if (!isLowOfPair) cp++
  }
  positions[original.length] = cp
  const text = original.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  return { text, at: (offset) => positions[Math.max(0, Math.min(offset, original.length))]! }
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff

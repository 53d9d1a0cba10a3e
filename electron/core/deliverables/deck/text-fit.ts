import { BOLD, RANGES, REGULAR } from './calibri-widths'

/** Points per inch: PowerPoint places boxes in inches and sizes text in points. */
const PT = 72
/** Calibri's line height (ascent + descent + line gap) at single spacing, in ems. */
export const LINE_HEIGHT = 1.22

const index = new Map<number, number>()
{
  let i = 0
  for (const [a, z] of RANGES) for (let c = a; c <= z; c++) index.set(c, i++)
}

/** A glyph's advance in ems; a code point the table lacks counts as a wide letter, so nothing is underestimated. */
function advance(cp: number, bold: boolean): number {
  const i = index.get(cp)
  const w = i === undefined ? 0 : (bold ? BOLD : REGULAR)[i]!
  return (w || 1000) / 1000
}

/** The width of a text set in Calibri, in inches. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  let ems = 0
  for (const ch of text) ems += advance(ch.codePointAt(0)!, bold)
  return (ems * sizePt) / PT
}

/** Lines as PowerPoint wraps them: at spaces (never at a no-break space), a word wider than the line broken anywhere. */
export function wrapLines(text: string, widthIn: number, sizePt: number, bold = false): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word
      if (textWidth(candidate, sizePt, bold) <= widthIn) {
        line = candidate
        continue
      }
      if (line) out.push(line)
      let rest = word
      while (textWidth(rest, sizePt, bold) > widthIn) {
        let cut = rest.length - 1
        while (cut > 1 && textWidth(rest.slice(0, cut), sizePt, bold) > widthIn) cut--
        out.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }
      line = rest
    }
    out.push(line)
  }
  return out
}

/** The height a text takes in a box of this width, in inches. */
export const textHeight = (text: string, widthIn: number, sizePt: number, bold = false): number =>
  (wrapLines(text, widthIn, sizePt, bold).length * sizePt * LINE_HEIGHT) / PT

/** Measured against a slightly narrower box: PowerPoint, Keynote and LibreOffice kern a little differently. */
const SAFETY = 0.94

export interface Fitted {
  text: string
  sizePt: number
  /** False when even the smallest size needed cutting the text (ended with an ellipsis). */
  whole: boolean
}

/**
 * The largest size from `sizePt` down to `minPt` at which the text fits the box; below that, the
 * text is cut at a word with an ellipsis (the speaker notes keep it whole).
 */
export function fitText(
  text: string,
  box: { w: number; h: number },
  o: { sizePt: number; minPt: number; bold?: boolean },
): Fitted {
  const bold = o.bold ?? false
  const fits = (t: string, size: number) => textHeight(t, box.w * SAFETY, size, bold) <= box.h
  for (let size = o.sizePt; size >= o.minPt; size -= 0.5)
    if (fits(text, size)) return { text, sizePt: size, whole: true }
  const words = text.split(' ')
  let n = words.length
  while (n > 1 && !fits(`${words.slice(0, n).join(' ')}…`, o.minPt)) n--
  return { text: `${words.slice(0, n).join(' ')}…`, sizePt: o.minPt, whole: false }
}

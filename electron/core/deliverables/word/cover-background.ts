import { encodePng } from './chart-picture/png-encode'
import { COLOR } from './word-theme'

/** Pixels per millimetre: enough for a solid page and a sharp rule, a few kilobytes once compressed. */
const PER_MM = 4

const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))

/**
 * The cover's page as a picture to put behind its text: the PDF's dark page with its rule along the
 * foot (teal for 60 %, violet for the rest). A picture because a Word page has no background of its
 * own: the document's background colour would colour every page.
 */
export function coverBackground(widthMm: number, heightMm: number, ruleMm: number): Buffer {
  const [w, h] = [widthMm * PER_MM, heightMm * PER_MM]
  const ruleTop = h - ruleMm * PER_MM
  const [ground, accent, believed] = [rgb(COLOR.cover), rgb(COLOR.accent), rgb(COLOR.believed)]
  const pixels = new Uint8Array(w * h * 3)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const c = y < ruleTop ? ground : x < w * 0.6 ? accent : believed
      pixels.set(c, (y * w + x) * 3)
    }
  return encodePng(pixels, w, h, PER_MM * 25.4)
}

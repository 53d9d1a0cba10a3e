import { pathData } from './path-commands'
import { hexColor, type Rgba } from './svg-paint'
import type { Shape } from './svg-scene'

const opacity = (name: string, c: Rgba) => (c.a < 1 ? ` ${name}="${Math.round(c.a * 1000) / 1000}"` : '')

/** The shapes as a plain SVG: paths only, every transform applied, the text already letters' outlines. */
export function writeSvg(shapes: Shape[], width: number, height: number): string {
  const paths = shapes.map((s) => {
    const fill = s.fill ? ` fill="${hexColor(s.fill)}"${opacity('fill-opacity', s.fill)}` : ' fill="none"'
    const stroke = s.stroke
      ? ` stroke="${hexColor(s.stroke)}"${opacity('stroke-opacity', s.stroke)} stroke-width="${Math.round(s.strokeWidth * 100) / 100}"` +
        (s.dash.length ? ` stroke-dasharray="${s.dash.map((d) => Math.round(d * 100) / 100).join(' ')}"` : '') +
        (s.cap !== 'butt' ? ` stroke-linecap="${s.cap}"` : '')
      : ''
    return `<path d="${pathData(s.path)}"${fill}${stroke}/>`
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${paths.join('')}</svg>`
  )
}

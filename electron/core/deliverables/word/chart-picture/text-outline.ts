import { compose, type Affine } from './affine'
import { outlineText } from './chart-font'
import { transformPath } from './path-commands'
import type { Shape, TextLine } from './svg-scene'

/**
 * A line of the chart's text as the outline of its letters, placed as the SVG places it (anchor,
 * dominant baseline, transform): the picture then looks the same on a machine without the font.
 */
export function textShape(t: TextLine): Shape {
  // ECharts leaves the space where it wrapped a long label: it would push an end-anchored line off its axis.
  const o = outlineText(t.anchor === 'start' ? t.text : t.text.trimEnd(), t.size, t.bold)
  const dx = t.anchor === 'middle' ? -o.width / 2 : t.anchor === 'end' ? -o.width : 0
  const baseline = t.y + baselineShift(t.baseline, o.ascent, o.descent)
  const place: Affine = compose(t.matrix, [1, 0, 0, 1, t.x + dx, baseline])
  return {
    kind: 'shape',
    path: transformPath(o.path, place),
    fill: t.fill,
    stroke: null,
    strokeWidth: 0,
    dash: [],
    cap: 'butt',
  }
}

/** Where the baseline lies below the y the SVG gives, for each dominant-baseline. */
function baselineShift(baseline: string, ascent: number, descent: number): number {
  switch (baseline) {
    case 'central':
    case 'middle':
      return (ascent - descent) / 2
    case 'hanging':
    case 'text-before-edge':
      return ascent
    case 'ideographic':
    case 'text-after-edge':
      return -descent
    default:
      return 0
  }
}

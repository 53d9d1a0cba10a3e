import { SaxesParser } from 'saxes'
import { compose, IDENTITY, lengthScale, parseTransform, type Affine } from './affine'
import { transformPath, type PathCommand } from './path-commands'
import { parsePathData } from './svg-path-data'
import { parseColor, parseStyle, type Rgba } from './svg-paint'

export type LineCap = 'butt' | 'round' | 'square'

/** A filled and/or stroked outline, in the picture's pixels (every transform applied). */
export interface Shape {
  kind: 'shape'
  path: PathCommand[]
  fill: Rgba | null
  stroke: Rgba | null
  strokeWidth: number
  dash: number[]
  cap: LineCap
}

/** A line of text as the SVG places it; it becomes a Shape once the font has drawn it. */
export interface TextLine {
  kind: 'text'
  text: string
  x: number
  y: number
  /** From the text's own coordinates to the picture's. */
  matrix: Affine
  size: number
  bold: boolean
  anchor: 'start' | 'middle' | 'end'
  baseline: string
  fill: Rgba | null
}

export interface Scene {
  width: number
  height: number
  items: (Shape | TextLine)[]
}

/** Elements whose content is never painted where it stands. */
const UNPAINTED = new Set([
  'defs',
  'clipPath',
  'mask',
  'style',
  'title',
  'desc',
  'linearGradient',
  'radialGradient',
  'pattern',
  'symbol',
  'marker',
  'metadata',
])

/** What a child takes from its parent unless it says otherwise. */
type Inherited = Record<string, string>
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
]

interface Frame {
  name: string
  matrix: Affine
  props: Inherited
  opacity: number
}

/**
 * The shapes and texts of an SVG as ECharts' server-side renderer writes it: paths, rects,
 * polygons, circles, lines and texts, with transforms, opacities, dashes and caps. Our own output,
 * read with no DOM; what it never writes (gradients, clip paths, patterns) is left out.
 */
export function readScene(svg: string): Scene {
  const scene: Scene = { width: 0, height: 0, items: [] }
  const stack: Frame[] = [{ name: '', matrix: IDENTITY, props: { fill: 'black' }, opacity: 1 }]
  let hidden = 0
  let text: TextLine | null = null
  const parser = new SaxesParser({ xmlns: false })
  parser.on('opentag', (tag) => {
    const attrs = Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)]))
    const parent = stack.at(-1)!
    const style = parseStyle(attrs.style)
    const own = (name: string) => style[name] ?? attrs[name]
    const props: Inherited = { ...parent.props }
    for (const name of INHERITED) if (own(name) !== undefined) props[name] = own(name)!
    const frame: Frame = {
      name: tag.name,
      matrix: compose(parent.matrix, parseTransform(attrs.transform)),
      props,
      opacity: parent.opacity * Number(own('opacity') ?? 1),
    }
    stack.push(frame)
    if (UNPAINTED.has(tag.name) || hidden > 0 || own('display') === 'none' || own('visibility') === 'hidden') {
      hidden++
      return
    }
    if (tag.name === 'svg' && stack.length === 2) {
      scene.width = Number(attrs.width ?? attrs.viewBox?.split(/[\s,]+/)[2] ?? 0)
      scene.height = Number(attrs.height ?? attrs.viewBox?.split(/[\s,]+/)[3] ?? 0)
      return
    }
    if (tag.name === 'text') {
      text = textLine(attrs, frame)
      return
    }
    const outline = geometry(tag.name, attrs)
    if (outline) scene.items.push(shape(outline, frame))
  })
  parser.on('text', (t) => {
    if (text && hidden === 0) text.text += t
  })
  parser.on('closetag', (tag) => {
    const frame = stack.pop()
    if (hidden > 0 && frame) {
      hidden--
      return
    }
    if (tag.name === 'text' && text) {
      if (text.text.trim()) scene.items.push(text)
      text = null
    }
  })
  parser.write(svg).close()
  return scene
}

const n = (v: string | undefined, fallback = 0) => (v === undefined || v === '' ? fallback : Number.parseFloat(v))

/** The element's outline in its own coordinates, or null for an element that draws nothing. */
function geometry(name: string, a: Record<string, string>): PathCommand[] | null {
  switch (name) {
    case 'path':
      return a.d ? parsePathData(a.d) : null
    case 'rect': {
      const [x, y, w, h] = [n(a.x), n(a.y), n(a.width), n(a.height)]
      if (w <= 0 || h <= 0) return null
      const r = Math.min(n(a.rx, n(a.ry)), w / 2, h / 2)
      if (r <= 0) return parsePathData(`M${x} ${y}H${x + w}V${y + h}H${x}Z`)
      return parsePathData(
        `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}` +
          `H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`,
      )
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [n(a.cx), n(a.cy)]
      const [rx, ry] = name === 'circle' ? [n(a.r), n(a.r)] : [n(a.rx), n(a.ry)]
      if (rx <= 0 || ry <= 0) return null
      return parsePathData(`M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`)
    }
    case 'line':
      return parsePathData(`M${n(a.x1)} ${n(a.y1)}L${n(a.x2)} ${n(a.y2)}`)
    case 'polyline':
    case 'polygon':
      return a.points ? parsePathData(`M${a.points}${name === 'polygon' ? 'Z' : ''}`) : null
    default:
      return null
  }
}

function paint(color: string | undefined, opacity: string | undefined, frame: Frame): Rgba | null {
  if (!color || color === 'none' || color === 'transparent') return null
  const c = parseColor(color)
  if (!c) return null
  const a = c.a * n(opacity, 1) * frame.opacity
  return a > 0 ? { ...c, a } : null
}

function shape(path: PathCommand[], frame: Frame): Shape {
  const p = frame.props
  const cap = p['stroke-linecap']
  return {
    kind: 'shape',
    path: transformPath(path, frame.matrix),
    fill: paint(p.fill, p['fill-opacity'], frame),
    stroke: paint(p.stroke, p['stroke-opacity'], frame),
    strokeWidth: n(p['stroke-width'], 1) * lengthScale(frame.matrix),
    dash: (p['stroke-dasharray'] ?? '')
      .split(/[\s,]+/)
      .filter((v) => v && v !== 'none')
      .map((v) => Number.parseFloat(v) * lengthScale(frame.matrix)),
    cap: cap === 'round' || cap === 'square' ? cap : 'butt',
  }
}

function textLine(a: Record<string, string>, frame: Frame): TextLine {
  const p = frame.props
  const anchor = p['text-anchor']
  const weight = p['font-weight'] ?? 'normal'
  return {
    kind: 'text',
    text: '',
    x: n(a.x),
    y: n(a.y),
    matrix: frame.matrix,
    size: n(p['font-size'], 12),
    bold: weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
    anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
    baseline: p['dominant-baseline'] ?? 'alphabetic',
    fill: paint(p.fill, p['fill-opacity'], frame),
  }
}

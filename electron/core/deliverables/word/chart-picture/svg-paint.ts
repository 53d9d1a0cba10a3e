/** A colour with its opacity (0 to 1), the channels 0 to 255. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
}

/** An SVG paint as ECharts writes it (#rgb, #rrggbb, rgb(), rgba(), a few names); null for none or a gradient. */
export function parseColor(value: string | undefined): Rgba | null {
  if (!value) return null
  const v = (NAMED[value.trim().toLowerCase()] ?? value).trim()
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v)
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 }
  }
  const fn = /^rgba?\(([^)]*)\)$/i.exec(v)
  if (fn) {
    const [r = 0, g = 0, b = 0, a = 1] = fn[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number)
    return { r, g, b, a }
  }
  return null
}

/** The declarations of a style attribute ("font-size:11px;fill:#fff"), by property. */
export function parseStyle(style: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (style ?? '').split(';')) {
    const colon = part.indexOf(':')
    if (colon > 0) out[part.slice(0, colon).trim()] = part.slice(colon + 1).trim()
  }
  return out
}

/** The colour as SVG writes it, its opacity apart. */
export function hexColor(c: Rgba): string {
  const h = (v: number) =>
    Math.round(Math.max(0, Math.min(255, v)))
      .toString(16)
      .padStart(2, '0')
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`
}

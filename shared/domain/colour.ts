/**
 * Shades of a family's colour for its codes (method/codebook.json: "a family's colour is its
 * codes' default (shades of it)"): the first code keeps the colour, later ones get lighter.
 */
export function shadeOf(hex: string, index: number, count: number): string {
  if (index === 0 || count <= 1) return hex.toUpperCase()
  const m = /^#?([0-9a-f]{6})$/i.exec(hex)
  if (!m) return hex
  const n = parseInt(m[1]!, 16)
  const mix = Math.min(0.55, (index / count) * 0.7)
  const channel = (shift: number): string => {
    const c = (n >> shift) & 0xff
    return Math.round(c + (255 - c) * mix)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(16)}${channel(8)}${channel(0)}`.toUpperCase()
}

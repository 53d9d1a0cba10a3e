const RGB = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/

/** #RRGGBB in capitals for a REFI-QDA colour (#RGB or #RRGGBB, either case); null when it is not one. */
export function rgbColour(value: string): string | null {
  const v = value.trim()
  const m = RGB.exec(v)
  if (!m) return null
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
  return `#${hex.toUpperCase()}`
}

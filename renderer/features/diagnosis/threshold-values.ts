/** The thresholds as one level of dotted paths ("floors.group"), as the dialog edits them. */
export type FlatSettings = Record<string, number | string | null>

export function flattenSettings(o: object, prefix = ''): Record<string, number | string> {
  const out: Record<string, number | string> = {}
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'object' && v !== null) Object.assign(out, flattenSettings(v as object, `${prefix}${k}.`))
    else out[`${prefix}${k}`] = v as number | string
  }
  return out
}

export function unflattenSettings(flat: FlatSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [path, v] of Object.entries(flat)) {
    const keys = path.split('.')
    let node = out
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>
    node[keys.at(-1)!] = v
  }
  return out
}

/**
 * A number as a consultant types it, in French or English: "0,65", "0.65", "−5" (the typographic
 * minus the interface shows), "1 000"; null when it is not one.
 */
export function readNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[−–]/g, '-')
    .replace(',', '.')
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null
  return Number(cleaned)
}

/**
 * JSON.parse keeps no positions: the lines of every `"field": "value"` of the text, found in one
 * pass, so that a codebook of thousands of codes is not searched once per code.
 */
export class JsonFieldLines {
  private readonly lines = new Map<string, number[]>()
  private readonly seen = new Map<string, number>()

  constructor(text: string, fields: readonly string[]) {
    const breaks: number[] = []
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i)
    const pattern = new RegExp(`"(${fields.join('|')})"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g')
    for (const m of text.matchAll(pattern)) {
      const tag = `${m[1]}=${JSON.parse(m[2]!) as string}`
      const found = this.lines.get(tag) ?? []
      found.push(lineOf(breaks, m.index))
      this.lines.set(tag, found)
    }
  }

  /** The line of the next `"field": value` not yet asked for, in file order; 1 if there is none. */
  next(field: string, value: string): number {
    const tag = `${field}=${value}`
    const nth = this.seen.get(tag) ?? 0
    this.seen.set(tag, nth + 1)
    return this.lines.get(tag)?.[nth] ?? 1
  }
}

/** The 1-based line of an offset, by binary search among the offsets of the line breaks. */
function lineOf(breaks: readonly number[], at: number): number {
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (breaks[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo + 1
}

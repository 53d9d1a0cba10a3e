import type { XmlEvent } from '../files/xml-events'
import { MAX_CODE_DEPTH, MAX_CODE_NAME_CHARS, MAX_CODE_TEXT_CHARS, MAX_CODES } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'
import type { IncomingCode, IncomingCodebook, Texts } from './incoming-codebook'

/**
 * Checks a codebook read from a file (Terrain JSON or REFI-QDA) against ../shared/LIMITS.md before
 * anything is planned or written: codes (families included: a .qdc's categories are Code elements
 * too), nesting depth, name and text lengths. The first limit passed refuses the file.
 */
export function checkCodebookLimits(incoming: IncomingCodebook): void {
  const { file } = incoming
  checkCodeCount(file, incoming.codes.length + incoming.families.length)
  for (const f of incoming.families) checkName(f.name, file, f.line)
  const depth = depthOf(incoming.codes)
  for (const c of incoming.codes) {
    checkName(c.name, file, c.line)
    for (const t of [c.definition, c.include, c.exclude, c.example]) checkText(t, file, c.line)
    const d = depth(c)
    if (d > MAX_CODE_DEPTH) refuseLimit('MAX_CODE_DEPTH', file, d, { line: c.line })
  }
}

/** Refuses a codebook of more than MAX_CODES codes (families included), before its codes are read one by one. */
export function checkCodeCount(file: string, count: number): void {
  if (count > MAX_CODES) refuseLimit('MAX_CODES', file, count)
}

/**
 * The Code elements of a .qdc counted as they stream by, so that a file of millions of codes is
 * refused before its tree is built.
 */
export function* countedCodeElements(events: Iterable<XmlEvent>, file: string): Generator<XmlEvent> {
  let codes = 0
  for (const e of events) {
    if (e.kind === 'open' && e.name === 'Code' && ++codes > MAX_CODES) refuseLimit('MAX_CODES', file, codes)
    yield e
  }
}

function checkName(name: Texts, file: string, line: number): void {
  for (const n of Object.values(name))
    if (n.length > MAX_CODE_NAME_CHARS) refuseLimit('MAX_CODE_NAME_CHARS', file, n.length, { line })
}

function checkText(text: Texts | undefined, file: string, line: number): void {
  for (const t of Object.values(text ?? {}))
    if (t.length > MAX_CODE_TEXT_CHARS) refuseLimit('MAX_CODE_TEXT_CHARS', file, t.length, { line })
}

/**
 * A code's depth, 1 at the top: its parents within the file, and one more when the last of them
 * hangs from a code of the engagement. A cycle is left to the import's plan, which refuses it in
 * its own words.
 */
function depthOf(codes: readonly IncomingCode[]): (code: IncomingCode) => number {
  const byRef = new Map(codes.map((c) => [c.ref, c]))
  return (code) => {
    const seen = new Set([code])
    // Past the limit the count stops: a chain (or a cycle) that long is refused either way.
    for (let c = code; c.parentRef !== null && seen.size <= MAX_CODE_DEPTH;) {
      const parent = byRef.get(c.parentRef)
      if (!parent) return seen.size + 1
      if (seen.has(parent)) return 1
      seen.add(parent)
      c = parent
    }
    return seen.size
  }
}

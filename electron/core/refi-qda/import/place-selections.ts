import { countingsFor, mapPositions, nameFit, terrainText, type Counting, type RawText } from './position-counting'

/** A PlainTextSelection as the file gives it: positions as the tool counted them. */
export interface FileSelection {
  guid: string
  start: number
  end: number
  /** Often the selected words; some tools write a label instead. */
  name: string
  line: number
}

export type UnfitReason = 'outside' | 'notText' | 'empty'

/** Where a source's selections fall in Terrain's text, and those that fall nowhere. */
export interface PlacedSelections {
  counting: Counting
  /** Whether the counting was chosen by the selections' names (the selected words); else by the standard. */
  checked: boolean
  /** By the selection's place in the source's list: a GUID a tool wrote twice still names two selections. */
  placed: Map<number, { start: number; end: number }>
  unfit: { selection: FileSelection; reason: UnfitReason }[]
}

/**
 * Chooses how the source's positions were counted by trying each counting on its selections: the
 * one under which most names are the words they select. When names are not the selected words
 * for most selections (a tool's labels), the standard's counting (or the tool's, when it says)
 * is taken. Every selection that is empty, falls outside the text or, when names were checked,
 * does not select its own words is reported, never imported on the wrong words.
 */
export function placeSelections(
  raw: RawText,
  selections: readonly FileSelection[],
  utf16First: boolean,
): PlacedSelections {
  const text = terrainText(raw.text)
  const positions = selections.flatMap((s) => [s.start, s.end])
  const named = selections.filter((s) => s.name.trim() !== '').length
  const trials = countingsFor(raw, utf16First).map((counting) => {
    const map = mapPositions(raw.text, counting, positions)
    let fits = 0
    let inside = 0
    for (const s of selections) {
      const start = map.get(s.start)
      const end = map.get(s.end)
      if (start === undefined || end === undefined || start >= end) continue
      inside++
      fits += nameFit(s.name, text.slice(start, end))
    }
    return { counting, map, fits, inside }
  })
  const best = (score: (t: (typeof trials)[number]) => number) => trials.reduce((a, b) => (score(b) > score(a) ? b : a))
  const byNames = best((t) => t.fits)
  // Names checked when they quote the text for most selections (a fit scores 2, a near one 1).
  const checked = byNames.fits > 0 && byNames.fits >= named
  const chosen = checked ? byNames : best((t) => t.inside)
  const placed = new Map<number, { start: number; end: number }>()
  const unfit: PlacedSelections['unfit'] = []
  selections.forEach((s, i) => {
    const start = chosen.map.get(s.start)
    const end = chosen.map.get(s.end)
    if (s.start < 0 || s.end < 0) unfit.push({ selection: s, reason: 'outside' })
    else if (s.start === s.end) unfit.push({ selection: s, reason: 'empty' })
    else if (start === undefined || end === undefined || start >= end) unfit.push({ selection: s, reason: 'outside' })
    else if (checked && s.name.trim() !== '' && nameFit(s.name, text.slice(start, end)) === 0)
      unfit.push({ selection: s, reason: 'notText' })
    else placed.set(i, { start, end })
  })
  return { counting: chosen.counting, checked, placed, unfit }
}

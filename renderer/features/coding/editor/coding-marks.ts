import { StateEffect, StateField } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'

/** What the editor needs of a coding to draw it. */
export interface CodingMark {
  id: string
  start: number
  end: number
  color: string
  /** The code's key, shown in the margin. */
  label: string
  needsReview: boolean
}

export const setCodingMarks = StateEffect.define<readonly CodingMark[]>()
export const setActiveCoding = StateEffect.define<string | null>()

interface Marks {
  decorations: DecorationSet
  active: string | null
}

/**
 * Overlapping codings stay legible: each gets the lowest free "lane" among the codings it overlaps,
 * and its underline sits lower by lane, so two codes on the same words show two lines of colour.
 */
function lanesOf(marks: readonly CodingMark[]): Map<string, number> {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
  const laneEnds: number[] = []
  const lanes = new Map<string, number>()
  for (const m of sorted) {
    let lane = laneEnds.findIndex((end) => end <= m.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = m.end
    lanes.set(m.id, lane)
  }
  return lanes
}

/** Underlines stack four deep; the margin's stripes take more lanes. */
const MAX_LANES = 4

/** A coding as drawn: with its lane among the codings it overlaps. */
export interface LaidMark extends CodingMark {
  lane: number
}

function build(marks: readonly CodingMark[], active: string | null, length: number): DecorationSet {
  const lanes = lanesOf(marks)
  const ranges = marks
    .filter((m) => m.end <= length && m.start < m.end)
    .map((m) => {
      const lane = lanes.get(m.id) ?? 0
      const classes = ['cm-coding', `cm-lane-${Math.min(lane, MAX_LANES - 1)}`]
      if (m.needsReview) classes.push('cm-coding-review')
      if (m.id === active) classes.push('cm-coding-active')
      return Decoration.mark({
        class: classes.join(' '),
        attributes: { style: `--code: ${m.color}`, 'data-coding': m.id, title: m.label },
        // Keep it on its words: typing at its edges stays outside (as the server maps it).
        inclusiveStart: false,
        inclusiveEnd: false,
        mark: { ...m, lane } satisfies LaidMark,
      }).range(m.start, m.end)
    })
  return Decoration.set(ranges, true)
}

/** The codings drawn over the text; they move with local edits until the server's version arrives. */
export const codingMarksField = StateField.define<Marks>({
  create: () => ({ decorations: Decoration.none, active: null }),
  update(value, tr) {
    let { decorations, active } = value
    decorations = decorations.map(tr.changes)
    for (const e of tr.effects) {
      if (e.is(setCodingMarks)) {
        decorations = build(e.value, active, tr.newDoc.length)
      } else if (e.is(setActiveCoding)) {
        active = e.value
        decorations = build(currentMarks(decorations), active, tr.newDoc.length)
      }
    }
    return { decorations, active }
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
})

/** The marks as they now lie (after local edits), read back from the decorations. */
function currentMarks(decorations: DecorationSet): CodingMark[] {
  const out: CodingMark[] = []
  const iter = decorations.iter()
  for (; iter.value; iter.next()) {
    const m = iter.value.spec.mark as CodingMark | undefined
    if (m) out.push({ ...m, start: iter.from, end: iter.to })
  }
  return out
}

/** The codings under a position (or overlapping a range), innermost first. */
export function codingsAt(view: EditorView, from: number, to = from): CodingMark[] {
  const out: CodingMark[] = []
  view.state.field(codingMarksField).decorations.between(from, Math.max(to, from), (f, t, value) => {
    const m = value.spec.mark as CodingMark | undefined
    const hit = from === to ? f <= from && from <= t : f < to && t > from
    if (m && hit) out.push({ ...m, start: f, end: t })
  })
  return out.sort((a, b) => a.end - a.start - (b.end - b.start))
}

import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state'
import { Decoration, EditorView, GutterMarker, gutter, type DecorationSet } from '@codemirror/view'

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
export function lanesOf(marks: readonly CodingMark[]): Map<string, number> {
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

const MAX_LANES = 4

function build(marks: readonly CodingMark[], active: string | null, length: number): DecorationSet {
  const lanes = lanesOf(marks)
  const ranges = marks
    .filter((m) => m.end <= length && m.start < m.end)
    .map((m) => {
      const lane = Math.min(lanes.get(m.id) ?? 0, MAX_LANES - 1)
      const classes = ['cm-coding', `cm-lane-${lane}`]
      if (m.needsReview) classes.push('cm-coding-review')
      if (m.id === active) classes.push('cm-coding-active')
      return Decoration.mark({
        class: classes.join(' '),
        attributes: { style: `--code: ${m.color}`, 'data-coding': m.id, title: m.label },
        // Keep it on its words: typing at its edges stays outside (as the server maps it).
        inclusiveStart: false,
        inclusiveEnd: false,
        mark: m,
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

class MarginMarker extends GutterMarker {
  constructor(readonly items: readonly CodingMark[]) {
    super()
  }
  override eq(other: MarginMarker): boolean {
    return (
      other.items.length === this.items.length &&
      other.items.every((m, i) => m.id === this.items[i]!.id && m.color === this.items[i]!.color)
    )
  }
  override toDOM(): Node {
    const box = document.createElement('div')
    box.className = 'cm-margin-codes'
    const shown = this.items.slice(0, 4)
    for (const m of shown) {
      const chip = document.createElement('span')
      chip.className = m.needsReview ? 'cm-margin-code review' : 'cm-margin-code'
      chip.style.setProperty('--code', m.color)
      chip.textContent = m.label
      chip.title = m.label
      chip.dataset['coding'] = m.id
      box.appendChild(chip)
    }
    if (this.items.length > shown.length) {
      const more = document.createElement('span')
      more.className = 'cm-margin-more'
      more.textContent = `+${this.items.length - shown.length}`
      box.appendChild(more)
    }
    return box
  }
}

/** The margin: for each line, the codes that touch it, like the coding stripes of QDA tools. */
function codingMargin(onPick: (codingId: string) => void): Extension {
  return gutter({
    class: 'cm-coding-margin',
    markers(view) {
      const builder = new RangeSetBuilder<GutterMarker>()
      const decorations = view.state.field(codingMarksField).decorations
      for (const { from, to } of view.visibleRanges) {
        for (let pos = from; pos <= to;) {
          const line = view.state.doc.lineAt(pos)
          const seen = new Set<string>()
          const items: CodingMark[] = []
          decorations.between(line.from, line.to, (f, t, value) => {
            const m = value.spec.mark as CodingMark | undefined
            if (m && !seen.has(m.id) && (t > line.from || f === line.from)) {
              seen.add(m.id)
              items.push(m)
            }
          })
          if (items.length) builder.add(line.from, line.from, new MarginMarker(items))
          pos = line.to + 1
        }
      }
      return builder.finish()
    },
    lineMarkerChange: (update) =>
      update.transactions.some((tr) => tr.effects.some((e) => e.is(setCodingMarks) || e.is(setActiveCoding))),
    domEventHandlers: {
      mousedown(_view, _line, event) {
        const id = (event.target as HTMLElement).dataset?.['coding']
        if (id) onPick(id)
        return Boolean(id)
      },
    },
  })
}

export function codingMarks(onPick: (codingId: string) => void): Extension {
  return [codingMarksField, codingMargin(onPick)]
}

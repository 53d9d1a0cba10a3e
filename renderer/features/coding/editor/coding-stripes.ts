import { RangeSet, type Extension } from '@codemirror/state'
import { gutter, layer, type EditorView, type LayerMarker } from '@codemirror/view'
import { codingMarksField, setActiveCoding, setCodingMarks, type LaidMark } from './coding-marks'

/** Width of one lane of the margin, in pixels: a stripe and its code's key written along it. */
const LANE_PX = 15
const MARGIN_LANES = 7

/** One coding in the margin: a stripe from its first line to its last, in its code's colour. */
class Stripe implements LayerMarker {
  constructor(
    readonly mark: LaidMark,
    readonly active: boolean,
    readonly left: number,
    readonly top: number,
    readonly height: number,
  ) {}

  eq(other: Stripe): boolean {
    const [a, b] = [this.mark, other.mark]
    return (
      a.id === b.id &&
      a.color === b.color &&
      a.label === b.label &&
      a.needsReview === b.needsReview &&
      this.active === other.active &&
      this.left === other.left &&
      this.top === other.top &&
      this.height === other.height
    )
  }

  draw(): HTMLElement {
    const el = document.createElement('div')
    el.className = ['cm-stripe', this.mark.needsReview && 'review', this.active && 'active'].filter(Boolean).join(' ')
    el.style.left = `${this.left}px`
    el.style.top = `${this.top}px`
    el.style.height = `${this.height}px`
    el.style.setProperty('--code', this.mark.color)
    el.dataset['coding'] = this.mark.id
    el.title = this.mark.label
    const label = document.createElement('span')
    label.textContent = this.mark.label
    el.appendChild(label)
    return el
  }
}

function stripes(view: EditorView): Stripe[] {
  const { decorations, active } = view.state.field(codingMarksField)
  const box = view.scrollDOM.getBoundingClientRect()
  const base = { left: box.left - view.scrollDOM.scrollLeft, top: box.top - view.scrollDOM.scrollTop }
  const { from, to } = view.viewport
  const placed: { mark: LaidMark; top: number; bottom: number }[] = []
  const seen = new Set<string>()
  decorations.between(from, to, (start, end, value) => {
    const mark = value.spec.mark as LaidMark | undefined
    if (!mark || seen.has(mark.id)) return
    seen.add(mark.id)
    // A position with no box of its own (a \r, the one character a flagged coding keeps) takes its line's.
    const lineBox = (pos: number) => {
      const block = view.lineBlockAt(pos)
      return { top: view.documentTop + block.top, bottom: view.documentTop + block.bottom }
    }
    const first = view.coordsAtPos(Math.max(start, from), 1) ?? lineBox(Math.max(start, from))
    const last = view.coordsAtPos(Math.min(end, to), -1) ?? lineBox(Math.min(end, to))
    placed.push({ mark, top: first.top - base.top, bottom: Math.max(last.bottom, first.top + 12) - base.top })
  })
  // Lanes by height on screen: two codings that share a line, even without sharing words, sit side by side.
  placed.sort((a, b) => a.top - b.top || b.bottom - a.bottom)
  const laneBottoms: number[] = []
  return placed.map(({ mark, top, bottom }) => {
    let lane = laneBottoms.findIndex((b) => b <= top)
    if (lane === -1) lane = Math.min(laneBottoms.length, MARGIN_LANES - 1)
    laneBottoms[lane] = bottom
    return new Stripe(mark, mark.id === active, 6 + lane * LANE_PX, top, bottom - top)
  })
}

/**
 * The margin, as in the QDA tools consultants know: each coding a stripe beside the lines it
 * covers, side by side where they share lines, its code's key along it; a click selects it.
 */
export function codingStripes(onPick: (codingId: string) => void): Extension {
  return [
    // An empty gutter keeps the margin's room on the left of the text.
    gutter({ class: 'cm-coding-margin', markers: () => RangeSet.empty }),
    layer({
      above: true,
      class: 'cm-stripes',
      markers: stripes,
      // The layer sits outside the text's DOM, where the editor's own handlers do not listen.
      mount(dom) {
        dom.addEventListener('mousedown', (event) => {
          const stripe = (event.target as HTMLElement).closest<HTMLElement>('.cm-stripe')
          if (!stripe?.dataset['coding']) return
          event.preventDefault()
          onPick(stripe.dataset['coding'])
        })
      },
      update: (u) =>
        u.docChanged ||
        u.viewportChanged ||
        u.geometryChanged ||
        u.transactions.some((tr) => tr.effects.some((e) => e.is(setCodingMarks) || e.is(setActiveCoding))),
    }),
  ]
}

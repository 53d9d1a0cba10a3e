import { StateEffect, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'

/** The star before a key verbatim: one per passage, however the codings split its words. */
class Star extends WidgetType {
  constructor(private readonly title: string) {
    super()
  }
  override eq(other: Star): boolean {
    return other.title === this.title
  }
  toDOM(): HTMLElement {
    const star = document.createElement('span')
    star.className = 'cm-key-star'
    star.textContent = '★'
    star.title = this.title
    return star
  }
}

/** A passage the interviewer marked as key verbatim on site (Ctrl+K), in the document's offsets. */
export interface KeyVerbatimSpan {
  start: number
  end: number
}

export const setKeyVerbatims = StateEffect.define<{ spans: readonly KeyVerbatimSpan[]; title: string }>()

/**
 * The key verbatims of the open document, drawn as a star before the words and a light wash over
 * them, and carried through text edits like the codings.
 */
export const keyVerbatimField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    let next = set.map(tr.changes)
    for (const e of tr.effects) {
      if (!e.is(setKeyVerbatims)) continue
      const len = tr.state.doc.length
      const ranges: Range<Decoration>[] = e.value.spans
        .filter((s) => s.start < s.end && s.end <= len)
        .flatMap((s) => [
          Decoration.widget({ widget: new Star(e.value.title), side: -1 }).range(s.start),
          Decoration.mark({ class: 'cm-key-verbatim', attributes: { title: e.value.title } }).range(s.start, s.end),
        ])
      next = Decoration.set(ranges, true)
    }
    return next
  },
  provide: (f) => EditorView.decorations.from(f),
})

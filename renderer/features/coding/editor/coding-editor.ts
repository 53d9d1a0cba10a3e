import { ChangeSet, Compartment, EditorSelection, EditorState } from '@codemirror/state'
import { EditorView, keymap } from '@codemirror/view'
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { codingMarksField, setActiveCoding, setCodingMarks, type CodingMark } from './coding-marks'
import { codingStripes } from './coding-stripes'
import { keyVerbatimField, setKeyVerbatims, type KeyVerbatimSpan } from './key-verbatim-marks'

export interface CodingEditorOptions {
  parent: HTMLElement
  text: string
  marks: readonly CodingMark[]
  /** Text editing on; off, the text is read-only and plain keys are code shortcuts. */
  editable: boolean
  ariaLabel: string
  onSelection: (from: number, to: number) => void
  /** A plain key pressed while coding; true when it was a shortcut (then it types nothing). */
  onKey: (key: string) => boolean
  onEdit: (changes: ChangeSet) => void
  onPick: (codingId: string) => void
}

/**
 * The document under coding: CodeMirror 6, made for decorations over large texts. Lines split on
 * \n alone so that a \r stays a character and offsets are the server's (UTF-16, as stored).
 */
export class CodingEditor {
  readonly view: EditorView
  private readonly mode = new Compartment()

  constructor(private readonly o: CodingEditorOptions) {
    this.view = new EditorView({
      parent: o.parent,
      state: this.stateFor(o.text, o.editable),
      dispatchTransactions: (trs, view) => {
        view.update(trs)
        if (trs.some((tr) => tr.docChanged)) o.onEdit(trs.map((tr) => tr.changes).reduce((a, b) => a.compose(b)))
        if (trs.some((tr) => tr.selection || tr.docChanged)) {
          const { from, to } = trimmed(view.state)
          o.onSelection(from, to)
        }
      },
    })
    this.setMarks(o.marks)
  }

  private stateFor(text: string, editable: boolean): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        EditorState.lineSeparator.of('\n'),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': this.o.ariaLabel }),
        history(),
        this.mode.of(this.modeExtensions(editable)),
        keymap.of(defaultKeymap),
        codingMarksField,
        keyVerbatimField,
        codingStripes((id) => this.o.onPick(id)),
        EditorView.domEventHandlers({
          keydown: (event, view) => {
            if (!view.state.readOnly || event.ctrlKey || event.metaKey || event.altKey) return false
            if (event.key.length !== 1 || !this.o.onKey(event.key)) return false
            event.preventDefault()
            return true
          },
          mouseup: (_event, view) => {
            // A click on coded words (no selection) makes the innermost coding there the active one.
            const { from, to } = view.state.selection.main
            if (from === to) this.o.onSelection(from, to)
            return false
          },
        }),
      ],
    })
  }

  private modeExtensions(editable: boolean) {
    // Text undo belongs to editing; while coding, Ctrl+Z undoes coding actions (handled outside).
    return editable ? [keymap.of(historyKeymap)] : [EditorState.readOnly.of(true)]
  }

  get text(): string {
    return this.view.state.doc.toString()
  }

  setMarks(marks: readonly CodingMark[]): void {
    this.view.dispatch({ effects: setCodingMarks.of(marks) })
  }

  /** The interviewer's key verbatims, with the words a pointer over them shows. */
  setKeyVerbatims(spans: readonly KeyVerbatimSpan[], title: string): void {
    this.view.dispatch({ effects: setKeyVerbatims.of({ spans, title }) })
  }

  setActive(codingId: string | null): void {
    this.view.dispatch({ effects: setActiveCoding.of(codingId) })
  }

  setEditable(editable: boolean): void {
    this.view.dispatch({ effects: this.mode.reconfigure(this.modeExtensions(editable)) })
  }

  /** The server's text replaces the local one (only when nothing typed is waiting to be saved). */
  replace(text: string, marks: readonly CodingMark[]): void {
    const selection = this.view.state.selection.main
    this.view.setState(this.stateFor(text, !this.view.state.readOnly))
    const at = Math.min(selection.head, text.length)
    this.view.dispatch({ selection: EditorSelection.cursor(at) })
    this.setMarks(marks)
  }

  select(from: number, to: number): void {
    const len = this.view.state.doc.length
    this.view.dispatch({
      selection: EditorSelection.range(Math.min(from, len), Math.min(to, len)),
      effects: EditorView.scrollIntoView(Math.min(from, len), { y: 'center' }),
    })
  }

  focus(): void {
    this.view.focus()
  }

  destroy(): void {
    this.view.destroy()
  }
}

/** A composed local edit as the server's changes: offsets in the text before the edit. */
export function toTextChanges(changes: ChangeSet): { from: number; to: number; insert: string }[] {
  const out: { from: number; to: number; insert: string }[] = []
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out.push({ from: fromA, to: toA, insert: inserted.sliceString(0, inserted.length, '\n') })
  })
  return out
}

/** The main selection without the spaces and line ends at its edges: a coding starts and ends on words. */
function trimmed(state: EditorState): { from: number; to: number } {
  let { from, to } = state.selection.main
  if (from === to) return { from, to }
  const text = state.sliceDoc(from, to)
  const lead = text.length - text.trimStart().length
  const trail = text.length - text.trimEnd().length
  if (lead === text.length) return { from, to }
  from += lead
  to -= trail
  return { from, to }
}

import { useEffect, useMemo, useRef, useState } from 'react'
import type { Code, CodeFamily } from '../../../shared/domain/codebook'
import type { CodingDocument } from '../../../shared/api/coding'
import { toApiError, useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useAppView } from '../../stores/app-view'
import { GroupBadge } from '../../components/GroupBadge'
import { CodingEditor } from './editor/coding-editor'
import { codingsAt, type CodingMark } from './editor/coding-marks'
import { useCodingView } from './coding-view'
import { useDocumentEdits } from './use-document-edits'
import { useCodingActions } from './use-coding-actions'
import { CodePalette } from './CodePalette'
import { CodingInspector } from './CodingInspector'

/**
 * One document being coded: the text with its codings, the codebook to apply from, and the
 * codings under the cursor to edit. Mounted afresh for each document (keyed by its id).
 */
export function DocumentCoder({
  documentId,
  codes,
  families,
  onShowDocuments,
  documentsShown,
}: {
  documentId: string
  codes: Code[]
  families: CodeFamily[]
  /** Shows or hides the document list where the window is too narrow to keep it beside the text. */
  onShowDocuments: () => void
  documentsShown: boolean
}) {
  const { t, lang } = useT()
  const showError = useAppView((s) => s.showError)
  const fetched = useCall('coding.document', { documentId })
  // Working blind, the other coders' codings are not shown at all (marks, margin, inspector).
  const blindAs = useCodingView((s) => (s.blind ? s.coderId : null))
  const data = useMemo(
    () =>
      blindAs && fetched.data
        ? { ...fetched.data, codings: fetched.data.codings.filter((c) => c.coderId === blindAs) }
        : fetched.data,
    [fetched.data, blindAs],
  )
  const doc = { ...fetched, data }
  const host = useRef<HTMLDivElement>(null)
  const editor = useRef<CodingEditor | null>(null)
  const [selection, setSelection] = useState({ from: 0, to: 0 })
  const [editing, setEditing] = useState(false)
  // The codebook is read again after every change; the marks are redrawn only when what they show moved.
  const codesKey = JSON.stringify(codes.map((c) => [c.id, c.key, c.color, c.name]))
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codesKey]) // codes as they look, not as fetched

  const fail = (e: unknown) => showError(toApiError(e).error)
  const edits = useDocumentEdits(documentId)
  const actions = useCodingActions({ documentId, codes, selection, flushEdits: edits.flush, onError: fail })
  const { activeIds, setActive: setActiveIds, hint } = actions
  const marksOf = (d: CodingDocument): CodingMark[] =>
    d.codings.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      color: codeById.get(c.codeId)?.color ?? '#888888',
      label: codeById.get(c.codeId)?.key ?? '?',
      needsReview: c.needsReview,
    }))

  // Latest handlers for the editor, which is created once per document.
  const handlers = useRef<Pick<typeof actions, 'apply' | 'key'>>(actions)

  // Alt+T: to the text, from the document list or the codebook.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.key.toLowerCase() !== 't') return
      e.preventDefault()
      editor.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => {
    const d = doc.data
    if (!d || !host.current) return
    if (!editor.current) {
      editor.current = new CodingEditor({
        parent: host.current,
        text: d.document.text,
        marks: marksOf(d),
        editable: false,
        ariaLabel: t('coding.editorLabel'),
        onSelection: (from, to) => setSelection((s) => (s.from === from && s.to === to ? s : { from, to })),
        onKey: (k) => handlers.current.key(k),
        onEdit: (changes) => edits.onEdit(changes),
        onPick: (id) => setActiveIds([id]),
      })
      editor.current.setKeyVerbatims(d.keyVerbatims, t('coding.keyVerbatim'))
      const reveal = useCodingView.getState().reveal
      if (reveal) editor.current.select(reveal.start, reveal.end)
      editor.current.focus()
      return
    }
    if (edits.dirty()) return // the server's offsets lag what is on screen; the save brings them
    if (editor.current.text === d.document.text) editor.current.setMarks(marksOf(d))
    else editor.current.replace(d.document.text, marksOf(d))
    editor.current.setKeyVerbatims(d.keyVerbatims, t('coding.keyVerbatim'))
    // Nothing active yet (a coding whose words were just deleted comes back as a mark): look again.
    if (!actions.hasActive()) pickUnderSelection()
  }, [doc.data, codeById]) // marksOf reads codeById

  useEffect(() => () => editor.current?.destroy(), [])
  // Another excerpt of the document already open (a search hit, a retrieved excerpt): select it.
  const reveal = useCodingView((s) => s.reveal)
  useEffect(() => {
    if (reveal && editor.current) {
      editor.current.select(reveal.start, reveal.end)
      editor.current.focus()
    }
  }, [reveal])
  useEffect(() => editor.current?.setEditable(editing), [editing])

  // The inspector shows the codings under the cursor, or those on exactly the selected words (an
  // excerpt opened from the retrieval or a search), innermost first; Delete and + - 0 act on them.
  // Read from the editor's marks, which follow typing not yet saved; reset only when the selection
  // moves, so that a refresh keeps the codings just applied or picked in the margin.
  const pickUnderSelection = () => {
    const view = editor.current?.view
    if (!view) return
    const { from, to } = selection
    const hit = codingsAt(view, from, to).filter((m) => from === to || (m.start === from && m.end === to))
    setActiveIds(hit.map((m) => m.id))
  }
  useEffect(pickUnderSelection, [selection]) // follows the selection only
  const active = (doc.data?.codings ?? []).filter((c) => activeIds.includes(c.id))
  useEffect(() => editor.current?.setActive(active[0]?.id ?? null), [active[0]?.id])

  handlers.current = actions

  const onEditorKey = (e: React.KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'e') {
      e.preventDefault()
      setEditing((v) => !v)
    } else if (!editing && (e.key === 'Delete' || e.key === 'Backspace') && actions.hasActive()) {
      e.preventDefault()
      void actions.removeActive()
    }
  }

  const d = doc.data
  return (
    <div className="document-coder">
      <div className="coder-main">
        <header className="coder-header">
          <button
            type="button"
            className="button ghost small navigator-toggle"
            aria-expanded={documentsShown}
            aria-keyshortcuts="Alt+D"
            onClick={onShowDocuments}
          >
            {t('coding.documents')} <kbd>Alt D</kbd>
          </button>
          <div className="coder-title">
            {d?.respondentCode && <strong className="mono">{d.respondentCode}</strong>}
            {d?.group && <GroupBadge group={d.group} />}
            <span className="coder-question" title={d?.document.title}>
              {d?.document.title || t(`coding.kind.${d?.document.kind ?? 'answer'}`)}
            </span>
            {d?.defaults.stance === 'ATTR' && d.defaults.target && (
              <span className="chip" title={t('coding.defaultStanceHint')}>
                ATTR → {t(`group.${d.defaults.target}`)}
              </span>
            )}
          </div>
          <div className="coder-actions">
            <button
              type="button"
              className={editing ? 'button' : 'button ghost'}
              aria-pressed={editing}
              onClick={() => {
                setEditing((v) => !v)
                editor.current?.focus()
              }}
              title={t('coding.editTextHint')}
            >
              {editing ? t('coding.editingText') : t('coding.editText')}
            </button>
          </div>
        </header>
        <p className="coder-hint muted" role="status">
          {hint ?? (editing ? t('coding.modeEditing') : t('coding.modeCoding'))}
        </p>
        <div
          className={editing ? 'coder-editor editing' : 'coder-editor'}
          ref={host}
          onKeyDown={onEditorKey}
          lang={lang}
        />
      </div>
      <aside className="coder-side">
        <CodingInspector codings={active} codeById={codeById} onError={fail} onDone={() => editor.current?.focus()} />
        <CodePalette
          codes={codes}
          families={families}
          canApply={selection.from !== selection.to}
          onApply={(ids) => {
            void handlers.current.apply(ids)
            editor.current?.focus() // the keys go on: + - 0, another code, Shift+arrows
          }}
        />
      </aside>
    </div>
  )
}

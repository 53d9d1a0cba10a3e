import { useCallback, useRef } from 'react'
import type { ChangeSet } from '@codemirror/state'
import type { CallOutput } from '../../../shared/api/contract'
import { call } from '../../api/client'
import { useAutosave } from '../../components/use-autosave'
import { toTextChanges } from './editor/coding-editor'

type Saved = CallOutput<'documents.edit'>

/**
 * Text typed into a coded document, composed into one change and written after a pause, on leave
 * and on quit (the app's one autosave). Codings move with the text on the server in the same
 * transaction as the edit; a failed write goes back in front of what was typed since.
 */
export function useDocumentEdits(documentId: string, onSaved?: (saved: Saved) => void) {
  const saved = useRef(onSaved)
  saved.current = onSaved
  const autosave = useAutosave<string, ChangeSet>(
    // Typed and erased within the pause: nothing to write.
    (id, changes) =>
      changes.empty
        ? Promise.resolve(null)
        : call('documents.edit', { documentId: id, changes: toTextChanges(changes) }),
    {
      merge: (older, newer) => older.compose(newer),
      onWritten: (_id, _changes, out, typedSince) => {
        if (out && !typedSince) saved.current?.(out as Saved)
      },
    },
  )
  const onEdit = useCallback(
    (changes: ChangeSet) => autosave.change(documentId, changes),
    [documentId, autosave.change],
  )
  return {
    onEdit,
    flush: autosave.flush,
    /** Typed text not yet on the server: its offsets are not the server's yet. */
    dirty: autosave.dirty,
  }
}

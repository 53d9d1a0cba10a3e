import { useCallback, useRef } from 'react'
import type { ChangeSet } from '@codemirror/state'
import type { CallOutput } from '../../../shared/api/contract'
import { call } from '../../api/client'
import { useAppView } from '../../stores/app-view'
import { useFlushOnLeave } from '../../stores/pending-writes'
import { toTextChanges } from './editor/coding-editor'

/** Quiet time after the last keystroke before an edit is written (a change is durable within a second). */
const DEBOUNCE_MS = 400
/** After a failed write (a full disk, a locked file), the next try. */
const RETRY_MS = 3_000
const MAX_RETRIES = 20

type Saved = CallOutput<'documents.edit'>

/**
 * Text typed into a coded document, composed into one change and written after a pause, on leave
 * and on quit. Codings move with the text on the server in the same transaction as the edit.
 */
export function useDocumentEdits(documentId: string, onSaved: (saved: Saved) => void, onError: (e: unknown) => void) {
  const pending = useRef<ChangeSet | null>(null)
  const inflight = useRef<Promise<void> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const saved = useRef(onSaved)
  saved.current = onSaved
  const failed = useRef(onError)
  failed.current = onError
  const failures = useRef(0)

  const flush = useRef(async (): Promise<void> => {
    clearTimeout(timer.current)
    while (inflight.current) await inflight.current
    const changes = pending.current
    if (!changes) return
    pending.current = null
    // Typed and erased within the pause: nothing to write.
    if (changes.empty) return
    const setSaving = useAppView.getState().setSaving
    setSaving('saving')
    inflight.current = call('documents.edit', { documentId, changes: toTextChanges(changes) }).then(
      (out) => {
        failures.current = 0
        setSaving('saved')
        if (!pending.current) saved.current(out)
      },
      (err: unknown) => {
        // Not written: the change goes back in front of what was typed since, and is tried again.
        pending.current = pending.current ? changes.compose(pending.current) : changes
        setSaving('unsaved')
        if (failures.current++ === 0) failed.current(err)
        clearTimeout(timer.current)
        if (failures.current <= MAX_RETRIES) timer.current = setTimeout(() => void flush.current(), RETRY_MS)
      },
    )
    try {
      await inflight.current
    } finally {
      inflight.current = null
    }
  })
  useFlushOnLeave(flush)

  const onEdit = useCallback((changes: ChangeSet) => {
    pending.current = pending.current ? pending.current.compose(changes) : changes
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush.current(), DEBOUNCE_MS)
  }, [])

  return {
    onEdit,
    flush: () => flush.current(),
    /** Typed text not yet on the server: its offsets are not the server's yet. */
    dirty: () => pending.current !== null || inflight.current !== null,
  }
}

import { fail } from '../../../shared/domain/terrain-error'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import type { Coding } from '../../../shared/domain/coding'
import type { CodedSpan } from '../../../shared/domain/text-edit'

/** One undoable coding action: what it did and how to take it back, both as whole transactions. */
export interface HistoryEntry {
  label: HistoryLabel
  /** The documents whose codings it changed, so that the UI can refresh them. */
  documentIds: string[]
  undo(): void
  redo(): void
  /** The codings the entry holds to put back, kept on their words as documents are edited. */
  codings?: Coding[]
}

/** How many actions can be taken back; older ones fall off (a long session's memory stays bounded). */
const DEPTH = 500

/**
 * The session's undo and redo stacks for coding actions (apply, remove, change attributes, merge
 * codes, autocode, code all hits). It lives with the open engagement and dies with it: undo is a
 * working aid, and every step it takes is an ordinary durable write.
 */
export class CodingHistory {
  private done: HistoryEntry[] = []
  private undone: HistoryEntry[] = []
  private recorded = 0

  record(entry: Omit<HistoryEntry, 'label'> & { label: Omit<HistoryLabel, 'id'> }): void {
    // The entry itself is kept (not a copy): its `codings` may be a getter that must stay live.
    const kept = entry as HistoryEntry
    kept.label = { ...entry.label, id: ++this.recorded }
    this.done.push(kept)
    if (this.done.length > DEPTH) this.done.shift()
    this.undone = []
  }

  undo(): HistoryEntry {
    const entry = this.done.pop() ?? fail('NOTHING_TO_UNDO', 'There is no coding action to undo.')
    takeBack(entry, 'undo')
    this.undone.push(entry)
    return entry
  }

  redo(): HistoryEntry {
    const entry = this.undone.pop() ?? fail('NOTHING_TO_UNDO', 'There is no coding action to redo.')
    takeBack(entry, 'redo')
    this.done.push(entry)
    return entry
  }

  /** An edit of a document moves the codings every entry holds on it, as it moves those in the file. */
  mapDocument(documentId: string, map: (c: CodedSpan) => CodedSpan): void {
    for (const entry of [...this.done, ...this.undone])
      for (const c of entry.codings ?? []) if (c.documentId === documentId) Object.assign(c, map(c))
  }

  state(): { undo: HistoryLabel | null; redo: HistoryLabel | null } {
    return { undo: this.done.at(-1)?.label ?? null, redo: this.undone.at(-1)?.label ?? null }
  }
}

/**
 * Runs one side of an entry (a transaction: nothing half-done). One that can no longer run (its
 * code was deleted since, say) is dropped with a message, so that the next Ctrl+Z reaches older ones.
 */
function takeBack(entry: HistoryEntry, side: 'undo' | 'redo'): void {
  try {
    entry[side]()
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    fail('CANNOT_UNDO', `This coding action can no longer be ${side === 'undo' ? 'undone' : 'redone'}: ${why}`)
  }
}

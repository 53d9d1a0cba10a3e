import type { Coding } from '../../../shared/domain/coding'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import type { Engagement } from '../engagement/engagement'

/** What a coding action did to the codings: the ones it added, removed, and changed (before, after). */
export interface CodingChange {
  added: Coding[]
  removed: Coding[]
  changed: { before: Coding; after: Coding }[]
}

/**
 * Records a coding action that has just been written, so that Ctrl+Z takes it back and Ctrl+Shift+Z
 * does it again, each as one transaction. Removed codings come back with their id, coder, memo and
 * attributes; if their words moved meanwhile they come back on them (see reanchor).
 */
export function recordCodingChange(e: Engagement, label: Omit<HistoryLabel, 'count'>, change: CodingChange): void {
  const count = change.added.length + change.removed.length + change.changed.length
  if (count === 0) return
  const documentIds = [
    ...new Set([...change.added, ...change.removed, ...change.changed.map((c) => c.after)].map((c) => c.documentId)),
  ]
  const setAttributes = (c: Coding) => {
    if (e.codings.get(c.id)) e.codings.update(c.id, attributesOf(c))
  }
  e.history.record({
    label: { ...label, count },
    documentIds,
    undo: () =>
      e.transaction(() => {
        for (const c of change.added) if (e.codings.get(c.id)) e.codings.remove(c.id)
        for (const c of change.removed) if (!e.codings.get(c.id)) e.codings.restore(c)
        for (const { before } of change.changed) setAttributes(before)
      }),
    redo: () =>
      e.transaction(() => {
        for (const c of change.removed) if (e.codings.get(c.id)) e.codings.remove(c.id)
        for (const c of change.added) if (!e.codings.get(c.id)) e.codings.restore(c)
        for (const { after } of change.changed) setAttributes(after)
      }),
  })
}

const attributesOf = (c: Coding) => ({
  stance: c.stance,
  target: c.target,
  valence: c.valence,
  intensity: c.intensity,
  flags: c.flags,
  memo: c.memo,
  needsReview: c.needsReview,
})

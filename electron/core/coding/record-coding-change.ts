import type { Coding } from '../../../shared/domain/coding'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import type { Engagement } from '../engagement/engagement'
import type { EvidenceLink } from '../repositories/code-links'

/** What a coding action did to the codings: the ones it added, removed, and changed (before, after). */
export interface CodingChange {
  added: Coding[]
  removed: Coding[]
  changed: { before: Coding; after: Coding }[]
  /** The collective evidence the removed codings carried (it goes with them, and comes back with them). */
  evidence?: EvidenceLink[]
}

/** The fields a change of attributes may touch; an undo puts back only those it changed. */
const ATTRIBUTES = ['stance', 'target', 'valence', 'intensity', 'flags', 'memo', 'needsReview'] as const

/**
 * Records a coding action that has just been written, so that Ctrl+Z takes it back and Ctrl+Shift+Z
 * does it again, each as one transaction. Removed codings come back with their id, coder, memo,
 * attributes and collective evidence, on their words (the history follows text edits).
 */
export function recordCodingChange(
  e: Engagement,
  label: Omit<HistoryLabel, 'count' | 'id'>,
  change: CodingChange,
): void {
  const count = change.added.length + change.removed.length + change.changed.length
  if (count === 0) return
  const documentIds = [
    ...new Set([...change.added, ...change.removed, ...change.changed.map((c) => c.after)].map((c) => c.documentId)),
  ]
  // Only what the action changed goes back: a review flag set since by an edit stays.
  const setAttributes = (from: Coding, to: Coding) => {
    const patch = Object.fromEntries(
      ATTRIBUTES.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k])).map((k) => [k, to[k]]),
    )
    const now = e.codings.get(to.id)
    if (!now) return
    if (Object.keys(patch).length) e.codings.update(to.id, patch)
    // The words it codes (a confirmation of a flagged coding changes them): back with the action, on
    // the span the history kept on them through later edits (they may have been typed back since).
    if (from.text !== to.text)
      e.codings.moveSpan(to.id, { start: to.start, end: to.end, text: to.text, needsReview: to.needsReview })
  }
  e.history.record({
    label: { ...label, count },
    documentIds,
    codings: [...change.added, ...change.removed, ...change.changed.flatMap((c) => [c.before, c.after])],
    undo: () =>
      e.transaction(() => {
        for (const c of change.added) if (e.codings.get(c.id)) e.codings.remove(c.id)
        for (const c of change.removed) if (!e.codings.get(c.id)) e.codings.restore(c)
        if (change.evidence) e.codeLinks.linkEvidence(change.evidence)
        for (const { before, after } of change.changed) setAttributes(after, before)
      }),
    redo: () =>
      e.transaction(() => {
        for (const c of change.removed) if (e.codings.get(c.id)) e.codings.remove(c.id)
        for (const c of change.added) if (!e.codings.get(c.id)) e.codings.restore(c)
        for (const { before, after } of change.changed) setAttributes(before, after)
      }),
  })
}

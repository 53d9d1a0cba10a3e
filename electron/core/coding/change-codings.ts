import type { CodingAttributes } from '../../../shared/api/coding'
import type { Coding } from '../../../shared/domain/coding'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { recordCodingChange } from './record-coding-change'

/** Removes codings (a click on a coding, or a selection of them), undoable as one action. */
export function removeCodings(e: Engagement, codingIds: readonly string[]): { removed: number } {
  const { removed, evidence } = e.transaction(() => {
    const ids = [...new Set(codingIds)]
    const evidence = e.codeLinks.evidenceOf(ids)
    const removed = ids.map((id) => {
      const c = e.codings.get(id) ?? fail('NOT_FOUND', `No coding ${id}.`)
      e.codings.remove(id)
      return c
    })
    return { removed, evidence }
  })
  recordCodingChange(e, { action: 'remove' }, { added: [], removed, changed: [], evidence })
  return { removed: removed.length }
}

/** Changes a coding's stance, target, valence, intensity or memo, undoable. */
export function updateCoding(e: Engagement, codingId: string, patch: Partial<CodingAttributes>): Coding {
  return updateCodings(e, [codingId], patch)[0]!
}

/** The same change to several codings (the valence key after applying two codes): one undo step. */
export function updateCodings(e: Engagement, codingIds: readonly string[], patch: Partial<CodingAttributes>): Coding[] {
  return change(e, codingIds, 'change', (before) => ({
    ...patch,
    target:
      (patch.stance ?? before.stance) === 'ATTR' ? (patch.target !== undefined ? patch.target : before.target) : null,
  }))
}

/** A coding flagged for review (its words were deleted) is confirmed where it now lies. */
export function clearReview(e: Engagement, codingId: string): Coding {
  const { before, after } = e.transaction(() => {
    const before = e.codings.get(codingId) ?? fail('NOT_FOUND', `No coding ${codingId}.`)
    // Confirmed where it lies, it codes the words there now (its old words stay in the history).
    const text = e.documents.get(before.documentId)!.text.slice(before.start, before.end)
    e.codings.moveSpan(codingId, { start: before.start, end: before.end, text, needsReview: false })
    return { before, after: e.codings.get(codingId)! }
  })
  recordCodingChange(e, { action: 'clearReview' }, { added: [], removed: [], changed: [{ before, after }] })
  return after
}

function change(
  e: Engagement,
  codingIds: readonly string[],
  action: 'change',
  patchOf: (before: Coding) => Parameters<Engagement['codings']['update']>[1],
): Coding[] {
  const changed = e.transaction(() =>
    [...new Set(codingIds)].map((id) => {
      const before = e.codings.get(id) ?? fail('NOT_FOUND', `No coding ${id}.`)
      return { before, after: e.codings.update(id, patchOf(before)) }
    }),
  )
  recordCodingChange(e, { action }, { added: [], removed: [], changed })
  return changed.map((c) => c.after)
}

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
  return change(e, [codingId], 'clearReview', () => ({ needsReview: false }))[0]!
}

function change(
  e: Engagement,
  codingIds: readonly string[],
  action: 'change' | 'clearReview',
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

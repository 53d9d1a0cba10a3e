import type { DeleteImpact } from '../../../shared/api/codebook'
import { descendantIds } from '../../../shared/domain/code-tree'
import type { Engagement } from '../engagement/engagement'
import { renumber, requireCode } from './codebook-rules'

/** What deleting a code takes with it: its sub-codes at every depth, their codings and what hangs on them. */
function plan(e: Engagement, codeId: string) {
  const code = requireCode(e, codeId)
  const subCodeIds = descendantIds(e.codebook.codes(), code.id)
  const codeIds = [code.id, ...subCodeIds]
  const codingIds = codeIds.flatMap((id) => e.codings.ofCode(id).map((c) => c.id))
  return {
    code,
    codeIds,
    codingIds,
    evidence: e.codeLinks.evidenceOf(codingIds),
    picks: e.codeLinks.picksLeftBy(codingIds),
    memoIds: e.codeLinks.memoIdsOf(codeIds),
  }
}

function impactOf(p: ReturnType<typeof plan>): DeleteImpact {
  return {
    key: p.code.key,
    subCodes: p.codeIds.length - 1,
    codings: p.codingIds.length,
    collectiveEvidence: p.evidence.length,
    reportPicks: p.picks.length,
    memos: p.memoIds.length,
  }
}

/** The counts the confirmation states before anything is deleted. */
export const deleteImpact = (e: Engagement, codeId: string): DeleteImpact => impactOf(plan(e, codeId))

/** Deletes a code, its sub-codes, their codings, evidence links, orphaned report picks and memos, all at once. */
export function deleteCode(e: Engagement, codeId: string): DeleteImpact {
  return e.transaction(() => {
    const p = plan(e, codeId)
    e.codeLinks.removePicks(p.picks)
    e.codeLinks.removeMemos(p.memoIds)
    // Collective evidence goes with its codings (ON DELETE CASCADE); codes restrict, so codings go first.
    for (const id of p.codingIds) e.codings.remove(id)
    for (const id of [...p.codeIds].reverse()) e.codebook.removeCode(id)
    renumber(e)
    return impactOf(p)
  })
}

import type { CodebookImportSummary } from '../../../shared/api/codebook-transfer'
import type { Engagement } from '../engagement/engagement'
import type { IncomingCodebook } from './incoming-codebook'
import type { CodebookPlan } from './plan-codebook-import'

/** Writes a checked plan in one transaction: families, then new codes (parents first), then updates. */
export function writeCodebookImport(
  e: Engagement,
  plan: CodebookPlan,
  incoming: IncomingCodebook,
): CodebookImportSummary {
  e.transaction(() => {
    for (const { id, ...f } of plan.familyAdds) e.codebook.addFamily(f, id)
    for (const f of plan.familyUpdates) e.codebook.replaceFamily(f)
    // An updated code may be nested under a new one: the new ones go in first.
    for (const { id, ...c } of plan.codeAdds) e.codebook.addCode(c, id)
    for (const c of plan.codeUpdates) e.codebook.replaceCode(c)
  })
  return {
    file: incoming.file,
    format: incoming.format,
    codes: { added: plan.codeAdds.length, updated: plan.codeUpdates.length, unchanged: plan.codesUnchanged },
    families: {
      added: plan.familyAdds.length,
      updated: plan.familyUpdates.length,
      unchanged: plan.familiesUnchanged,
    },
    // Positions follow the file's order.
    addedKeys: [...plan.codeAdds].sort((a, b) => a.position - b.position).map((c) => c.key),
  }
}

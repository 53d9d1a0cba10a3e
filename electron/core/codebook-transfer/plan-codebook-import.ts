import type { CodebookProblem } from '../../../shared/api/codebook-transfer'
import type { Code, Codebook, CodeFamily } from '../../../shared/domain/codebook'
import type { Language } from '../../../shared/domain/groups'
import type { IncomingCodebook } from './incoming-codebook'
import { planFamilies } from './plan-family-import'
import { CodePlanner } from './plan-code-import'

/** What an import will write: whole families and codes, new ones with their ids, keys and positions. */
export interface CodebookPlan {
  familyAdds: CodeFamily[]
  familyUpdates: CodeFamily[]
  familiesUnchanged: number
  /** Parents before their children, so that every parent exists when its child is inserted. */
  codeAdds: Code[]
  codeUpdates: Code[]
  codesUnchanged: number
}

/**
 * Matches a file's families and codes with the engagement's (by UUID, then key, then, for a .qdc,
 * by a name only one unclaimed item bears) and says what to add and update. Nothing is deleted and
 * no existing key changes; an existing code keeps its shortcut, diagnosis roles and flags.
 */
export function planCodebookImport(
  cb: Codebook,
  incoming: IncomingCodebook,
  lang: Language,
): { plan: CodebookPlan; problems: CodebookProblem[] } {
  const families = planFamilies(cb, incoming, lang)
  return new CodePlanner(cb, incoming, lang, families.idOf).plan(families)
}

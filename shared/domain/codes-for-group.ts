import type { Code, CodeFamily } from './codebook'
import type { Group } from './groups'

/**
 * The codes an interviewer may tag during an interview of one group: customers speak of what the
 * customer family holds; employees and managers of everything but the customers' and leaders'
 * stances; leaders of everything but the customers'. Codes in no family, or in a family the
 * consultant added, are offered to every group. The question's expected codes come first.
 */
export function codesForGroup(
  group: Group,
  codes: readonly Code[],
  families: readonly CodeFamily[],
  expected: readonly string[] = [],
): Code[] {
  const pole = new Map(families.map((f) => [f.id, f.pole]))
  const offered = (c: Code) => {
    const p = c.familyId ? pole.get(c.familyId) : null
    if (group === 'customer') return p === 'customer' || p === null || p === undefined
    if (p === 'customer') return false
    if (p === 'stance') return group === 'leadership'
    return true
  }
  const rank = (c: Code) => (expected.includes(c.key) ? 0 : 1)
  // A stable sort: the codebook's order otherwise.
  return codes.filter((c) => !c.analystOnly && offered(c)).sort((a, b) => rank(a) - rank(b))
}

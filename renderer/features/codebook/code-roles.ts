import type { Code } from '../../../shared/domain/codebook'

type Index = keyof Code['diagnosis']

/** A code's role in an index and whether it is its own or its parent's (DESIGN: a sub-code inherits). */
export function effectiveRole(codes: readonly Code[], code: Code, index: Index) {
  const byId = new Map(codes.map((c) => [c.id, c]))
  let c: Code | undefined = code
  for (let depth = 0; c && depth <= codes.length; depth++, c = c.parentId ? byId.get(c.parentId) : undefined) {
    const role = c.diagnosis[index]
    if (role) return { role, inherited: c.id !== code.id }
  }
  return null
}

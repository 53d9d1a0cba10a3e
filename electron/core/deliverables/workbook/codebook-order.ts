import type { Code, Codebook } from '../../../../shared/domain/codebook'

/** The codes as the codebook places them: families in order, codes in order within each, codes of no family last. */
export function codesInOrder(codebook: Codebook): Code[] {
  const byId = new Map(codebook.codes.map((k) => [k.id, k]))
  const position = new Map(codebook.families.map((f) => [f.id, f.position]))
  const familyOrder = (code: Code) => {
    const id = inherited(code, byId, (k) => k.familyId)
    return id ? (position.get(id) ?? 0) : Number.MAX_SAFE_INTEGER
  }
  return [...codebook.codes].sort((a, b) => familyOrder(a) - familyOrder(b) || a.position - b.position)
}

/** The code's own value, else its nearest parent's (a cycle in bad data stops the walk). */
export function inherited<T>(code: Code, byId: ReadonlyMap<string, Code>, of: (c: Code) => T | null): T | null {
  const seen = new Set<string>()
  for (let k: Code | undefined = code; k && !seen.has(k.id); k = k.parentId ? byId.get(k.parentId) : undefined) {
    seen.add(k.id)
    const v = of(k)
    if (v !== null) return v
  }
  return null
}

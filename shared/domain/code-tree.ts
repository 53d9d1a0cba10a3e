import type { Code, CodeFamily } from './codebook'

/** Where a code sits: its family, its parent (null at top level) and its rank in the codebook's order. */
export type CodePlace = Pick<Code, 'id' | 'familyId' | 'parentId' | 'position'>

const byPosition = (a: CodePlace, b: CodePlace) => a.position - b.position

/** The codes directly under a parent (or at the top of a family when parentId is null), in order. */
export function siblingsOf<C extends CodePlace>(codes: readonly C[], familyId: string | null, parentId: string | null) {
  return codes.filter((c) => c.parentId === parentId && (parentId !== null || c.familyId === familyId)).sort(byPosition)
}

/**
 * Every code below this one, at any depth, parents before their sub-codes. Walked with a stack of
 * its own, not by recursion: a codebook nested thousands deep (an import from another tool) must
 * not exhaust the call stack.
 */
export function descendantIds(codes: readonly CodePlace[], id: string): string[] {
  const children = new Map<string, CodePlace[]>()
  for (const c of [...codes].sort(byPosition))
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c])
  const out: string[] = []
  const seen = new Set([id])
  const stack = [...(children.get(id) ?? [])].reverse()
  while (stack.length) {
    const c = stack.pop()!
    if (seen.has(c.id)) continue
    seen.add(c.id)
    out.push(c.id)
    stack.push(...[...(children.get(c.id) ?? [])].reverse())
  }
  return out
}

/** How many levels a code and its sub-codes take (1 for a code without sub-codes). */
export function heightOf(codes: readonly CodePlace[], id: string): number {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]))
  let height = 1
  for (const d of descendantIds(codes, id)) {
    let levels = 1
    for (let p = parentOf.get(d); p && p !== id && levels <= codes.length; p = parentOf.get(p)) levels++
    height = Math.max(height, levels + 1)
  }
  return height
}

/** How deep a code is: 0 at the top of its family. */
export function depthOf(codes: readonly CodePlace[], id: string): number {
  const byId = new Map(codes.map((c) => [c.id, c]))
  let depth = 0
  for (let c = byId.get(id); c?.parentId && depth < codes.length; c = byId.get(c.parentId)) depth++
  return depth
}

/**
 * The codebook read as a tree: families in order, each one's codes depth first. Codes outside any
 * known family come last. This is the order every screen lists codes in.
 */
export function treeOrder<C extends CodePlace>(
  families: readonly Pick<CodeFamily, 'id' | 'position'>[],
  codes: readonly C[],
): C[] {
  const out: C[] = []
  const seen = new Set<string>()
  const sorted = [...codes].sort(byPosition)
  const children = new Map<string, C[]>()
  for (const c of sorted) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c])
  // Depth first with a stack of its own: no recursion on how deep a codebook is nested.
  for (const f of [...families].sort((a, b) => a.position - b.position)) {
    const stack = sorted.filter((c) => c.parentId === null && c.familyId === f.id).reverse()
    while (stack.length) {
      const c = stack.pop()!
      if (seen.has(c.id)) continue
      seen.add(c.id)
      out.push(c)
      stack.push(...[...(children.get(c.id) ?? [])].reverse())
    }
  }
  for (const c of sorted) if (!seen.has(c.id)) out.push(c)
  return out
}

/**
 * The codes after moving one (with its sub-codes) into a family, under a parent or at top level, at
 * `index` among its new siblings (last when not given). Positions are renumbered in tree order.
 */
export function relocate<C extends CodePlace>(
  families: readonly Pick<CodeFamily, 'id' | 'position'>[],
  codes: readonly C[],
  codeId: string,
  to: { familyId: string; parentId: string | null; index?: number },
): C[] {
  const below = new Set(descendantIds(codes, codeId))
  const siblings = siblingsOf(codes, to.familyId, to.parentId).filter((c) => c.id !== codeId)
  const index = Math.min(to.index ?? siblings.length, siblings.length)
  const rank = new Map([...siblings.slice(0, index), { id: codeId }, ...siblings.slice(index)].map((c, i) => [c.id, i]))
  const moved = codes.map((c) => {
    if (c.id === codeId) return { ...c, familyId: to.familyId, parentId: to.parentId, position: rank.get(c.id)! }
    if (below.has(c.id)) return { ...c, familyId: to.familyId }
    return rank.has(c.id) ? { ...c, position: rank.get(c.id)! } : c
  })
  return treeOrder(families, moved).map((c, position) => ({ ...c, position }))
}

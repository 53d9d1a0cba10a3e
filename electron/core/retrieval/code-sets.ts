import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { RetrievalQuery } from '../../../shared/api/retrieval'
import { fail } from '../../../shared/domain/terrain-error'

/** The codes that stand for one chosen code: itself, and its descendants when sub-codes count. */
export type CodeSet = readonly string[]

/** Each chosen and excluded code as the set of codes whose codings count for it. */
export interface QueryCodeSets {
  chosen: CodeSet[]
  excluded: CodeSet
}

/** Expands the query's codes, refusing one the codebook does not hold (a stale id from another file). */
export function queryCodeSets(db: Database, q: RetrievalQuery): QueryCodeSets {
  const parentOf = new Map(
    db
      .prepare<[], { id: string; parent_id: string | null }>('SELECT id, parent_id FROM codes')
      .all()
      .map((c) => [c.id, c.parent_id]),
  )
  const childrenOf = new Map<string, string[]>()
  for (const [id, parent] of parentOf) if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id])
  const expand = (id: string): string[] => {
    if (!parentOf.has(id)) fail('NOT_FOUND', `No code ${id} in this codebook: choose the codes again.`)
    if (!q.includeSubcodes) return [id]
    const out: string[] = []
    const stack = [id]
    while (stack.length) {
      const next = stack.pop()!
      if (out.includes(next)) continue // a cycle would be a damaged codebook; do not loop on it
      out.push(next)
      stack.push(...(childrenOf.get(next) ?? []))
    }
    return out
  }
  return { chosen: q.codeIds.map(expand), excluded: [...new Set(q.excludeCodeIds.flatMap(expand))] }
}

import type { DxCoding } from './input'

export interface Cooccurrence {
  codes: string[]
  /** counts[i][j]: spans coded i that overlap a span coded j in the same document (i != j). */
  counts: number[][]
}

/**
 * Which codes are applied to overlapping words, for the co-occurrence heatmap. Where two coders
 * coded the same answer, two codings are paired only when a coder made both: one reading words as
 * A and the other as B is a disagreement, not two themes said together. `codersOf` answers for
 * those codings (undefined elsewhere), a coding both coders made standing for both.
 */
export function cooccurrence(
  codings: readonly DxCoding[],
  keyOf: (codeId: string) => string,
  order: readonly string[],
  codersOf: (codingId: string) => ReadonlySet<string> | undefined = () => undefined,
): Cooccurrence {
  const index = new Map(order.map((k, i) => [k, i]))
  const counts = order.map(() => order.map(() => 0))
  const byDocument = new Map<string, DxCoding[]>()
  for (const c of codings) {
    const list = byDocument.get(c.documentId) ?? []
    list.push(c)
    byDocument.set(c.documentId, list)
  }
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.start - b.start)
    const seen = new Set<string>()
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.start < list[i]!.end; j++) {
        const a = index.get(keyOf(list[i]!.codeId))
        const b = index.get(keyOf(list[j]!.codeId))
        if (a === undefined || b === undefined || a === b) continue
        if (!shareACoder(codersOf(list[i]!.id), codersOf(list[j]!.id))) continue
        const pair = `${list[i]!.id}|${list[j]!.id}`
        if (seen.has(pair)) continue
        seen.add(pair)
        counts[a]![b]!++
        counts[b]![a]!++
      }
    }
  }
  return { codes: [...order], counts }
}

function shareACoder(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return true
  for (const coder of a) if (b.has(coder)) return true
  return false
}

import { useMemo } from 'react'
import type { Code, CodeFamily, Codebook } from '../../../../shared/domain/codebook'
import { useCall } from '../../../api/use-call'

export interface CodebookIndex {
  byId: Map<string, Code>
  /** Families in codebook order with their codes (parents before their sub-codes); codes without a family last. */
  families: { family: CodeFamily | null; codes: { code: Code; depth: number }[] }[]
}

function indexOf(book: Codebook): CodebookIndex {
  const byId = new Map(book.codes.map((c) => [c.id, c]))
  // A code whose parent is missing is shown as a root rather than lost.
  const roots = book.codes.filter((c) => c.parentId === null || !byId.has(c.parentId))
  const tree = (familyId: string | null): { code: Code; depth: number }[] => {
    const out: { code: Code; depth: number }[] = []
    const walk = (code: Code, depth: number) => {
      out.push({ code, depth })
      for (const child of book.codes.filter((c) => c.parentId === code.id)) walk(child, depth + 1)
    }
    for (const root of roots.filter((c) => c.familyId === familyId)) walk(root, 0)
    return out
  }
  const families = [...book.families]
    .sort((a, b) => a.position - b.position)
    .map((family) => ({ family: family as CodeFamily | null, codes: tree(family.id) }))
  const loose = tree(null)
  return { byId, families: loose.length ? [...families, { family: null, codes: loose }] : families }
}

/** The engagement's codebook, indexed for the picker and the chips. */
export function useCodebookIndex(): CodebookIndex | undefined {
  const book = useCall('codebook.get', {})
  return useMemo(() => book.data && indexOf(book.data), [book.data])
}

import type { Code, CodeFamily } from '../../../shared/domain/codebook'
import type { Bilingual } from '../../../shared/domain/groups'
import { depthOf, heightOf, relocate, treeOrder } from '../../../shared/domain/code-tree'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { MAX_CODE_DEPTH } from '../files/limits'
import { TERRAIN_NAMESPACE, uuidV5 } from './uuid-v5'

export const requireCode = (e: Engagement, id: string): Code =>
  e.codebook.code(id) ?? fail('NOT_FOUND', `No code ${id}. Read the codebook again.`)

export const requireFamily = (e: Engagement, id: string): CodeFamily =>
  e.codebook.family(id) ?? fail('NOT_FOUND', `No code family ${id}. Read the codebook again.`)

/** Keys are compared without case: OUT.find beside OUT.FIND would only confuse coders. */
export function assertKeyFree(e: Engagement, key: string, exceptId: string | null): void {
  const other = e.codebook.codes().find((c) => c.id !== exceptId && c.key.toUpperCase() === key.toUpperCase())
  if (other) fail('CONFLICT', `The key ${key} is already the key of "${other.name.en}". Choose another key.`, key)
}

export function assertShortcutFree(e: Engagement, shortcut: string | null | undefined, exceptId: string | null): void {
  if (!shortcut) return
  const other = e.codebook.codes().find((c) => c.id !== exceptId && c.shortcut === shortcut)
  if (other) {
    fail(
      'CONFLICT',
      `The shortcut ${shortcut} already codes ${other.key}. Choose another key or clear it there.`,
      shortcut,
    )
  }
}

/** A sub-code lives in its parent's family. */
/**
 * A code and its sub-codes placed under `parent` stay within the nesting depth of
 * ../shared/LIMITS.md (a top-level code is at depth 1): deeper, no other QDA tool reads the tree.
 */
export function assertDepthWithin(e: Engagement, parent: Code | null, codeId: string | null): void {
  if (!parent) return
  const codes = e.codebook.codes()
  const depth = depthOf(codes, parent.id) + 1 + (codeId ? heightOf(codes, codeId) : 1)
  if (depth > MAX_CODE_DEPTH)
    fail(
      'CONFLICT',
      `Under ${parent.key}, codes would be nested ${depth} levels deep; Terrain keeps at most ${MAX_CODE_DEPTH}. Choose a parent higher in the tree.`,
      parent.key,
    )
}

export function assertParentIn(parent: Code | null, familyId: string): void {
  if (parent && parent.familyId !== familyId) {
    fail('CONFLICT', `${parent.key} is in another family. Choose a parent in the same family, or none.`, parent.key)
  }
}

/**
 * The codes of the loaded codebook (ids derived from the codebook and their key): the diagnosis
 * reads their keys, so these keys stay as they are.
 */
export function fixedKeyCodeIds(e: Engagement): string[] {
  const { sourceId, codes } = e.codebook.get()
  if (sourceId === null) return []
  return codes.filter((c) => c.id === uuidV5(`${sourceId}/code/${c.key}`, TERRAIN_NAMESPACE)).map((c) => c.id)
}

/** A name given in one language only is used in both, so that no screen shows a blank. */
export const inBothLanguages = (t: Bilingual): Bilingual => ({
  fr: t.fr.trim() || t.en.trim(),
  en: t.en.trim() || t.fr.trim(),
})

/** Writes every code's family, parent and position where `placed` differs from the file. */
export function writePlaces(e: Engagement, placed: readonly Code[]): void {
  const before = new Map(e.codebook.codes().map((c) => [c.id, c]))
  for (const c of placed) {
    const b = before.get(c.id)
    if (b && (b.familyId !== c.familyId || b.parentId !== c.parentId || b.position !== c.position)) {
      e.codebook.place(c.id, c)
    }
  }
}

/** Renumbers positions in tree order after a code came or went. */
export function renumber(e: Engagement): void {
  writePlaces(
    e,
    treeOrder(e.codebook.families(), e.codebook.codes()).map((c, position) => ({ ...c, position })),
  )
}

/** Moves a code (and its sub-codes) to a family and parent, at an index among its new siblings. */
export function placeCode(
  e: Engagement,
  codeId: string,
  to: { familyId: string; parentId: string | null; index?: number },
): void {
  writePlaces(e, relocate(e.codebook.families(), e.codebook.codes(), codeId, to))
}

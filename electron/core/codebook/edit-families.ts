import type { CodeFamily } from '../../../shared/domain/codebook'
import type { Bilingual } from '../../../shared/domain/groups'
import { keySegment, uniqueKey } from '../../../shared/domain/code-key'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { inBothLanguages, requireFamily } from './codebook-rules'

/** A new family, last in the codebook; its key prefixes the keys made up for its codes. */
export function createFamily(
  e: Engagement,
  input: { key?: string; name: Bilingual; color: string; exclusive?: boolean },
): CodeFamily {
  return e.transaction(() => {
    const families = e.codebook.families()
    const name = inBothLanguages(input.name)
    const taken = families.map((f) => f.key)
    const key = input.key ?? uniqueKey(keySegment(name.en), taken)
    if (taken.some((k) => k.toUpperCase() === key.toUpperCase())) {
      fail('CONFLICT', `A family already has the key ${key}. Choose another key.`, key)
    }
    return e.codebook.addFamily({
      key,
      name,
      pole: null,
      color: input.color,
      position: families.length,
      exclusive: input.exclusive ?? false,
    })
  })
}

/** Renames or recolours a family, or says whether its codes exclude each other; its key stays (code keys start with it). */
export function updateFamily(
  e: Engagement,
  familyId: string,
  patch: { name?: Bilingual; color?: string; exclusive?: boolean },
): CodeFamily {
  return e.transaction(() => {
    requireFamily(e, familyId)
    return e.codebook.updateFamily(familyId, { ...patch, ...(patch.name && { name: inBothLanguages(patch.name) }) })
  })
}

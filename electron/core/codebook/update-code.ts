import type { UpdateCodeInput } from '../../../shared/api/codebook'
import type { Code } from '../../../shared/domain/codebook'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { assertKeyFree, assertShortcutFree, inBothLanguages, fixedKeyCodeIds, requireCode } from './codebook-rules'

/** Renames, redefines, recolours a code or changes its shortcut or roles; only a consultant's own code changes key. */
export function updateCode(e: Engagement, input: UpdateCodeInput): Code {
  return e.transaction(() => {
    const { codeId, ...patch } = input
    const code = requireCode(e, codeId)
    if (patch.key !== undefined && patch.key !== code.key) {
      if (fixedKeyCodeIds(e).includes(code.id)) {
        fail(
          'FORBIDDEN',
          `${code.key} comes from the codebook the engagement started with and the diagnosis reads its key: the key stays. Rename the code instead.`,
          code.key,
        )
      }
      assertKeyFree(e, patch.key, code.id)
    }
    assertShortcutFree(e, patch.shortcut, code.id)
    return e.codebook.updateCode(code.id, { ...patch, ...(patch.name && { name: inBothLanguages(patch.name) }) })
  })
}

import type { MoveCodeInput } from '../../../shared/api/codebook'
import type { Code } from '../../../shared/domain/codebook'
import { descendantIds } from '../../../shared/domain/code-tree'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { assertDepthWithin, assertParentIn, placeCode, requireCode, requireFamily } from './codebook-rules'

/** Moves a code with its sub-codes: to another family, under another code, to top level, or up and down. */
export function moveCode(e: Engagement, input: MoveCodeInput): Code {
  return e.transaction(() => {
    const code = requireCode(e, input.codeId)
    const family = requireFamily(e, input.familyId)
    const parent = input.parentId ? requireCode(e, input.parentId) : null
    if (parent && (parent.id === code.id || descendantIds(e.codebook.codes(), code.id).includes(parent.id))) {
      fail(
        'CONFLICT',
        `${parent.key} is ${code.key} itself or one of its sub-codes: a code cannot go under itself. Choose another parent.`,
        parent.key,
      )
    }
    assertParentIn(parent, family.id)
    assertDepthWithin(e, parent, code.id)
    placeCode(e, code.id, { familyId: family.id, parentId: parent?.id ?? null, index: input.index })
    return e.codebook.code(code.id)!
  })
}

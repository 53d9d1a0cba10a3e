import type { CreateCodeInput } from '../../../shared/api/codebook'
import type { Code } from '../../../shared/domain/codebook'
import { suggestCodeKey } from '../../../shared/domain/code-key'
import type { Engagement } from '../engagement/engagement'
import {
  assertDepthWithin,
  assertKeyFree,
  assertParentIn,
  assertShortcutFree,
  inBothLanguages,
  placeCode,
  requireCode,
  requireFamily,
} from './codebook-rules'

/** A consultant's own code, last in its family or under its parent; the key is made up when not given. */
export function createCode(e: Engagement, input: CreateCodeInput): Code {
  return e.transaction(() => {
    const family = requireFamily(e, input.familyId)
    const parent = input.parentId ? requireCode(e, input.parentId) : null
    assertParentIn(parent, family.id)
    assertDepthWithin(e, parent, null)
    const name = inBothLanguages(input.name)
    const codes = e.codebook.codes()
    const key =
      input.key ??
      suggestCodeKey(
        parent?.key ?? family.key,
        name.en,
        codes.map((c) => c.key),
      )
    assertKeyFree(e, key, null)
    assertShortcutFree(e, input.shortcut, null)
    const code = e.codebook.addCode({
      key,
      familyId: family.id,
      parentId: parent?.id ?? null,
      name,
      definition: input.definition,
      include: input.include,
      exclude: input.exclude,
      example: input.example,
      color: input.color,
      shortcut: input.shortcut,
      diagnosis: input.diagnosis,
      defaultValence: input.defaultValence ?? '0',
      analystOnly: false,
      flags: [],
      ibmItems: [],
      position: codes.length,
    })
    placeCode(e, code.id, { familyId: family.id, parentId: code.parentId })
    return e.codebook.code(code.id)!
  })
}

import { CreateCodeInput } from '../../shared/api/codebook'
import { createCode } from '../../electron/core/codebook/create-code'
import type { Engagement } from '../../electron/core/engagement/engagement'

/** A code's texts left empty, its colour, no shortcut, no diagnosis role. */
export const NO_TEXTS = {
  definition: { fr: '', en: '' },
  include: { fr: '', en: '' },
  exclude: { fr: '', en: '' },
  example: { fr: '', en: '' },
  color: '#336699',
  shortcut: null,
  diagnosis: { pragmatism: null, idealism: null },
}

/** A code as the app creates one: the contract's input, its texts left empty. */
export const newCode = (
  e: Engagement,
  o: { familyId: string; parentId: string | null; name: { fr: string; en: string }; key?: string },
) => createCode(e, CreateCodeInput.parse({ ...o, ...NO_TEXTS }))

import { alphaBand, type AlphaBand } from './agreement-bands'
import { krippendorffAlpha, type ReliabilityUnit } from './krippendorff-alpha'
import { keysByDocument, type UnitCoding } from './answer-units'

/** The value a coder gave a unit for an exclusive family: one of its codes, or none of them. */
export const NONE_OF_THE_FAMILY = '∅'

export interface FamilyAgreement {
  key: string
  alpha: number | null
  alphaBand: AlphaBand | null
  /** Units with at least two coders' values, those reported below left out. */
  pairable: number
  /** Where one coder applied two codes of the family to one answer: reported, not counted. */
  doubleCoded: { documentId: string; coderId: string; codeKeys: string[] }[]
}

/**
 * Krippendorff's alpha (nominal) over answers as units, for a family whose codes exclude each
 * other (AGREEMENT.md): a coder's value on an answer is the family's code they applied there;
 * "none of the family" when they coded the answer with other codes only; missing when they did not
 * code that answer at all. An answer where one coder applied two codes of the family is reported,
 * and left out of the count.
 */
export function exclusiveFamilyAgreement(
  key: string,
  familyKeys: ReadonlySet<string>,
  codings: readonly UnitCoding[],
  coderIds: readonly string[],
): FamilyAgreement {
  const byDocument = keysByDocument(codings, coderIds)
  const doubleCoded: FamilyAgreement['doubleCoded'] = []
  const units: ReliabilityUnit<string>[] = []
  for (const [documentId, coders] of byDocument) {
    if (coders.size < 2) continue
    let counted = true
    const unit = coderIds.map((id) => {
      const keys = coders.get(id)
      if (!keys) return null
      const inFamily = [...keys].filter((k) => familyKeys.has(k)).sort()
      if (inFamily.length > 1) {
        doubleCoded.push({ documentId, coderId: id, codeKeys: inFamily })
        counted = false
      }
      return inFamily[0] ?? NONE_OF_THE_FAMILY
    })
    if (counted) units.push(unit)
  }
  const { alpha } = krippendorffAlpha(units)
  return {
    key,
    alpha,
    alphaBand: alpha === null ? null : alphaBand(alpha),
    pairable: units.filter((u) => u.filter((v) => v !== null).length >= 2).length,
    doubleCoded,
  }
}

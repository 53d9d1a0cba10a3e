import { answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import { exclusiveFamilyAgreement } from '../../../shared/domain/agreement/family-agreement'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, personCoderIds } from './agreement-codings'

/** What `terrain agreement --json` prints (README: keys). */
export interface AgreementSummary {
  coders: { id: string; name: string }[]
  units: number
  codes: Record<string, { alpha: number | null; kappa: number | null; percent: number; pairable: number }>
  families: Record<
    string,
    {
      alpha: number | null
      pairable: number
      doubleCoded: { documentId: string; coder: string; codes: string[] }[]
    }
  >
  meanAlpha: number | null
}

/**
 * Agreement between the coders named (every person coder who coded the answers when none is): per
 * code, alpha over all of them, kappa where there are two, percent agreement and pairable units;
 * per family whose codes exclude each other, alpha over answers as units. A name that is no coder
 * of the engagement is refused with the coders it has.
 */
export function agreementSummary(e: Engagement, coderNames: readonly string[]): AgreementSummary {
  const persons = personCoderIds(e.db).map((id) => e.coders.get(id)!)
  const asked = coderNames.length
    ? coderNames.map(
        (name) =>
          persons.find((c) => c.name.toLowerCase() === name.trim().toLowerCase()) ??
          fail(
            'NOT_FOUND',
            `No coder named "${name}". The engagement's coders: ${persons.map((c) => c.name).join(', ') || 'none'}.`,
            name,
          ),
      )
    : persons
  const codings = agreementCodings(e.db)
  const agreement = answerUnitsAgreement(
    codings,
    asked.map((c) => c.id),
  )
  const cb = e.codebook.get()
  const nameOf = new Map(persons.map((c) => [c.id, c.name]))
  const families = Object.fromEntries(
    cb.families
      .filter((f) => f.exclusive)
      .map((f) => {
        const keys = new Set(cb.codes.filter((c) => c.familyId === f.id).map((c) => c.key))
        const r = exclusiveFamilyAgreement(f.key, keys, codings, agreement.coderIds)
        return [
          f.key,
          {
            alpha: r.alpha,
            pairable: r.pairable,
            doubleCoded: r.doubleCoded.map((d) => ({
              documentId: d.documentId,
              coder: nameOf.get(d.coderId) ?? d.coderId,
              codes: d.codeKeys,
            })),
          },
        ]
      }),
  )
  return {
    coders: agreement.coderIds.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
    units: agreement.units.length,
    codes: Object.fromEntries(
      agreement.codes.map((c) => [c.key, { alpha: c.alpha, kappa: c.kappa, percent: c.percent, pairable: c.units }]),
    ),
    families,
    meanAlpha: agreement.meanAlpha,
  }
}

import { alphaByCode, answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, personCoderIds } from './agreement-codings'

/**
 * Krippendorff's alpha by code key over every person coder's common documents, for the diagnosis'
 * reliability gate; undefined when fewer than two coders coded the same document, so that a study
 * coded by one consultant per interview reads exactly as before.
 */
export function engagementAlphaByCode(e: Engagement): Record<string, number> | undefined {
  const agreement = answerUnitsAgreement(agreementCodings(e.db), personCoderIds(e.db))
  if (agreement.coderIds.length < 2) return undefined
  const alpha = alphaByCode(agreement)
  return Object.keys(alpha).length ? alpha : undefined
}

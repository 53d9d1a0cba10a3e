import type { AgreementReport, SegmentSummary } from '../../../shared/api/agreement'
import { answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import { segmentAgreementByCode } from '../../../shared/domain/agreement/code-segments'
import type { Segment, SegmentMatch } from '../../../shared/domain/agreement/segment-matching'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, personCoderIds } from './agreement-codings'

/**
 * The answer-unit report of the coders asked for (every person coder when none is): per code alpha,
 * kappa for two coders, percent agreement, counts; and segment matching when two are compared.
 */
export function agreementReport(e: Engagement, input: { coderIds: string[]; theta: number }): AgreementReport {
  const persons = personCoderIds(e.db)
  const asked = input.coderIds.length ? persons.filter((id) => input.coderIds.includes(id)) : persons
  const codings = agreementCodings(e.db)
  const agreement = answerUnitsAgreement(codings, asked)
  const [a, b] = agreement.coderIds
  const segments =
    agreement.coderIds.length === 2 ? segmentAgreementByCode(codings, a!, b!, input.theta) : new Map<string, never>()
  const codes = new Map(e.codebook.get().codes.map((c) => [c.key, c]))
  return {
    coders: agreement.coderIds.map((id) => {
      const coder = e.coders.get(id)
      return { id, name: coder?.name ?? '', initials: coder?.initials ?? '' }
    }),
    units: agreement.units.length,
    codes: agreement.codes.map((c) => {
      const code = codes.get(c.key)
      return {
        ...c,
        codeId: code?.id ?? null,
        name: code?.name ?? { fr: c.key, en: c.key },
        color: code?.color ?? '#888888',
        segments: summary(segments.get(c.key)),
      }
    }),
    meanAlpha: agreement.meanAlpha,
    theta: input.theta,
  }
}

function summary(m: SegmentMatch<Segment> | undefined): SegmentSummary | null {
  if (!m || Number.isNaN(m.agreement)) return null
  return {
    matched: m.matched.length,
    aOnly: m.aOnly.length,
    bOnly: m.bOnly.length,
    agreement: m.agreement,
    holsti: m.holsti,
  }
}

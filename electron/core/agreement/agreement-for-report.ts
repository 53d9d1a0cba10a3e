import { readEngagementSettings, resolveDiagnosisSettings } from '../../../shared/domain/diagnosis-settings'
import { answerUnitsAgreement } from '../../../shared/domain/agreement/answer-units'
import type { ReportAgreement } from '../../../shared/report/report-input'
import type { Engagement } from '../engagement/engagement'
import { SETTLED_CODES } from '../repositories/diagnosis-source'
import { agreementCodings, personCoderIds } from './agreement-codings'

/**
 * What the report's method says of the coding's reliability: over the answers two or more
 * consultants coded, how many respondents, the mean alpha, and the answers settled by consensus.
 * Null when no answer was coded by two.
 */
export function agreementForReport(e: Engagement): ReportAgreement | null {
  const a = answerUnitsAgreement(agreementCodings(e.db), personCoderIds(e.db))
  if (a.units.length === 0) return null
  const respondentOf = e.db.prepare<[string], { id: string | null }>(
    `SELECT coalesce(d.respondent_id, i.respondent_id) AS id FROM documents d
     LEFT JOIN interviews i ON i.id = d.interview_id WHERE d.id = ?`,
  )
  const respondents = new Set(a.units.map((doc) => respondentOf.get(doc)?.id).filter(Boolean))
  const settled = e.db.prepare(`SELECT count(DISTINCT document_id) FROM (${SETTLED_CODES})`).pluck().get() as number
  return {
    coders: a.coderIds.length,
    respondents: respondents.size,
    answers: a.units.length,
    meanAlpha: a.meanAlpha,
    settled,
    thresholds: resolveDiagnosisSettings(readEngagementSettings(e.info.settings()).diagnosis).reliability,
  }
}

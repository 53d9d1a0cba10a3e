import type { Diagnosis } from '../../../shared/domain/diagnosis/result'
import type { Engagement } from '../engagement/engagement'
import { diagnosisView } from './diagnosis-view'

/** The engagement's diagnosis, from its codings, with the consultant's overrides on top (read-only, shared). */
export function engagementDiagnosis(e: Engagement): Diagnosis {
  return diagnosisView(e).diagnosis
}

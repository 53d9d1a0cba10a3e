import { diagnose } from '../../../shared/domain/diagnosis/diagnose'
import { applyOverrides } from '../../../shared/domain/diagnosis/overrides'
import type { Diagnosis } from '../../../shared/domain/diagnosis/result'
import type { Engagement } from '../engagement/engagement'
import { diagnosisInput } from './diagnosis-input'

/** The engagement's diagnosis, recomputed from its codings, with the consultant's overrides on top. */
export function engagementDiagnosis(e: Engagement): Diagnosis {
  const computed = diagnose(diagnosisInput(e))
  return applyOverrides(computed, e.overrides.bands(), e.overrides.recommendations())
}

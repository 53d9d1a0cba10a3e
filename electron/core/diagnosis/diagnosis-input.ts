import type { DiagnosisInput } from '../../../shared/domain/diagnosis/input'
import { readEngagementSettings, resolveDiagnosisSettings } from '../../../shared/domain/diagnosis-settings'
import type { Engagement } from '../engagement/engagement'
import { diagnosisSourceRepository } from '../repositories/diagnosis-source'
import { feedingCodings } from './feeding-codings'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { engagementAlphaByCode } from '../agreement/engagement-alpha'

/** Everything the diagnosis engine reads, from an open engagement. */
export function diagnosisInput(e: Engagement, job: JobControl = UNWATCHED_JOB): DiagnosisInput {
  const settings = readEngagementSettings(e.info.settings())
  const source = diagnosisSourceRepository(e.db)
  const cb = e.codebook.get()
  const familyKey = new Map(cb.families.map((f) => [f.id, f.key]))
  const alphaByCode = engagementAlphaByCode(e)
  job.step(1, 4)
  const respondents = source.respondents()
  const codings = feedingCodings(source, settings.codingSource, job.check)
  job.step(2, 4)
  return {
    settings: resolveDiagnosisSettings(settings.diagnosis),
    respondents,
    codes: cb.codes.map((c) => ({
      id: c.id,
      key: c.key,
      parentId: c.parentId,
      family: c.familyId ? (familyKey.get(c.familyId) ?? null) : null,
      pragmatism: c.diagnosis.pragmatism,
      idealism: c.diagnosis.idealism,
      ibmItems: c.ibmItems,
      analystOnly: c.analystOnly,
    })),
    codings,
    motiveCards: source.motiveCards(),
    collectives: e.collectives.list().map(({ id, name, label, criteria, evidenceCodingIds }) => ({
      id,
      name,
      label,
      criteria,
      evidenceCodingIds,
    })),
    // Only when two coders coded the same documents: otherwise the gate has nothing to read.
    ...(alphaByCode ? { alphaByCode } : {}),
  }
}

import type { Database } from 'better-sqlite3-multiple-ciphers'
import { diagnose } from '../../../shared/domain/diagnosis/diagnose'
import type { DiagnosisInput } from '../../../shared/domain/diagnosis/input'
import { applyOverrides } from '../../../shared/domain/diagnosis/overrides'
import type { Diagnosis } from '../../../shared/domain/diagnosis/result'
import type { Engagement } from '../engagement/engagement'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { diagnosisInput } from './diagnosis-input'

/** The diagnosis of an engagement and the input it was computed from: what every screen reads. */
export interface DiagnosisView {
  input: DiagnosisInput
  /** With the consultant's overrides on top. Shared by every reader: never modify it. */
  diagnosis: Diagnosis
}

const views = new WeakMap<Database, { version: string; view: DiagnosisView }>()

/**
 * One diagnosis per state of the engagement's data: the dashboard, the report and its preview
 * read the same one, computed again only after a write. No write path has to remember to clear
 * it: the key changes with every row written through this connection (total_changes counts each
 * insert, update and delete, those of triggers too) and with every commit by another connection
 * (data_version).
 */
export function diagnosisView(e: Engagement, job: JobControl = UNWATCHED_JOB): DiagnosisView {
  const version = dataVersion(e.db)
  const cached = views.get(e.db)
  if (cached?.version === version) return cached.view
  // The user may stop it between its reads and before the measures (a large file takes seconds).
  job.step(0, 4)
  const input = diagnosisInput(e, job)
  job.step(3, 4)
  const diagnosis = applyOverrides(diagnose(input), e.overrides.bands(), e.overrides.recommendations())
  const view = { input, diagnosis }
  views.set(e.db, { version, view })
  return view
}

/** The state of the data this connection sees: changes with every write, here or by another connection. */
export function dataVersion(db: Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number
  return `${db.pragma('data_version', { simple: true }) as number}:${changes}`
}

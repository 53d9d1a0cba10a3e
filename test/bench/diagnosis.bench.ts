import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { diagnosisInput } from '../../electron/core/diagnosis/diagnosis-input'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { measure, print } from './measure'
import { scaleEngagement } from './scale-engagement'

/** The full diagnosis on 200 respondents and 50,000 codings, next to one SQL aggregation over the same codings. */
export function run(): void {
  const file = scaleEngagement(200, 50_000)
  const e = openEngagementFile(file)
  const counts = e.counts()
  const sizes = { respondents: counts.respondents, codings: counts.codings, documents: counts.documents }

  const full = measure('diagnosis', 'full diagnosis: read the engagement + every measure', sizes, 10, () => {
    diagnose(diagnosisInput(e))
  })
  const input = diagnosisInput(e)
  const engine = measure('diagnosis', 'engine alone (data already read)', sizes, 10, () => {
    diagnose(input)
  })
  // The floor: prevalence per group and code in one SQL query over the same codings.
  const aggregate = e.db.prepare(
    `SELECT r.group_key, c.code_id, count(DISTINCT r.id) AS respondents
     FROM codings c JOIN documents d ON d.id = c.document_id JOIN respondents r ON r.id = d.respondent_id
     WHERE c.stance = 'SELF' GROUP BY r.group_key, c.code_id`,
  )
  const sql = measure('diagnosis', 'one SQL aggregation (prevalence per group and code)', sizes, 10, () => {
    aggregate.all()
  })
  e.close()
  for (const f of [full, engine, sql]) print(f)
  process.stdout.write(
    `${JSON.stringify({ bench: 'diagnosis', figure: 'ratio full diagnosis / SQL aggregation (medians)', sizes, ratio: Math.round((full.medianMs / sql.medianMs) * 100) / 100 })}\n`,
  )
}

import type { CodebookImportSummary } from '../../../shared/api/codebook-transfer'
import type { Engagement } from '../engagement/engagement'
import { refuseCodebook } from './codebook-import-error'
import type { IncomingCodebook } from './incoming-codebook'
import { planCodebookImport } from './plan-codebook-import'
import { readCodebookFile } from './read-codebook-file'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { writeCodebookImport } from './write-codebook-import'

export { CodebookImportError } from './codebook-import-error'

/**
 * Imports a codebook file (Terrain JSON, REFI-QDA .qdc or .qde) into an engagement: new codes
 * added, existing ones updated, nothing deleted, all in one transaction. A file with any problem
 * writes nothing and throws a CodebookImportError listing them.
 */
export function importCodebook(
  e: Engagement,
  filePath: string,
  job: JobControl = UNWATCHED_JOB,
): CodebookImportSummary {
  job.step(0, 2)
  const incoming = readCodebookFile(filePath, e.info.get().language)
  job.step(1, 2)
  return importIncomingCodebook(e, incoming)
}

/** The same, for a file already read (the CLI reads it before it opens the engagement for writing). */
export function importIncomingCodebook(e: Engagement, incoming: IncomingCodebook): CodebookImportSummary {
  const { plan, problems } = planCodebookImport(e.codebook.get(), incoming, e.info.get().language)
  if (problems.length > 0) refuseCodebook(incoming.file, problems)
  return writeCodebookImport(e, plan, incoming)
}

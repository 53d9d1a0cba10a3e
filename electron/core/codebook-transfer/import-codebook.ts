import type { CodebookImportSummary } from '../../../shared/api/codebook-transfer'
import type { Engagement } from '../engagement/engagement'
import { refuseCodebook } from './codebook-import-error'
import type { IncomingCodebook } from './incoming-codebook'
import { planCodebookImport } from './plan-codebook-import'
import { readCodebookFile } from './read-codebook-file'
import { writeCodebookImport } from './write-codebook-import'

export { CodebookImportError } from './codebook-import-error'

/**
 * Imports a codebook file (Terrain JSON, REFI-QDA .qdc or .qde) into an engagement: new codes
 * added, existing ones updated, nothing deleted, all in one transaction. A file with any problem
 * writes nothing and throws a CodebookImportError listing them.
 */
export function importCodebook(e: Engagement, filePath: string): CodebookImportSummary {
  return importIncomingCodebook(e, readCodebookFile(filePath, e.info.get().language))
}

/** The same, for a file already read (the CLI reads it before it opens the engagement for writing). */
export function importIncomingCodebook(e: Engagement, incoming: IncomingCodebook): CodebookImportSummary {
  const { plan, problems } = planCodebookImport(e.codebook.get(), incoming, e.info.get().language)
  if (problems.length > 0) refuseCodebook(incoming.file, problems)
  return writeCodebookImport(e, plan, incoming)
}

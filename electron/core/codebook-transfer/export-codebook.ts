import type { CodebookExportSummary, CodebookFormat } from '../../../shared/api/codebook-transfer'
import type { Engagement } from '../engagement/engagement'
import { writeReportFile } from '../report/write-report'
import { codebookJsonText } from './export-codebook-json'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { codebookQdc } from './export-qdc'

/**
 * Writes the engagement's codebook whole (under another name first, then moved into place), as
 * UTF-8 without a BOM. `origin` names the application in a .qdc ("Terrain 1.2.0").
 */
export function exportCodebook(
  e: Engagement,
  file: string,
  format: CodebookFormat,
  origin = 'Terrain',
  job: JobControl = UNWATCHED_JOB,
): CodebookExportSummary {
  job.step(0, 2)
  const cb = e.codebook.get()
  const text = format === 'json' ? codebookJsonText(cb) : codebookQdc(cb, e.info.get().language, origin)
  // The last moment to stop: past it the file is written whole (under another name, then moved).
  job.step(1, 2)
  writeReportFile(file, Buffer.from(text, 'utf8'))
  return { path: file, format, families: cb.families.length, codes: cb.codes.length }
}

import path from 'node:path'
import type { Language } from '../../../shared/domain/groups'
import { buildReport } from '../../../shared/report/build-report'
import type { ReportDocument } from '../../../shared/report/report-document'
import type { Engagement } from '../engagement/engagement'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { reportInput } from '../report/report-input'
import { refuseNamesUnlessAllowed } from '../report/names-gate'
import { writeReportFile } from '../report/write-report'
import { fail } from '../../../shared/domain/terrain-error'
import { buildDeck } from './deck/build-deck'
import { withoutSmallGroupRows } from './small-groups'
import type { DeliverableFormat, DeliverableSource } from './deliverable-source'
import { DELIVERABLE_FORMATS } from './deliverable-source'
import { buildDocx } from './word/build-docx'
import { buildWorkbook } from './workbook/build-workbook'

const BUILDERS: Record<DeliverableFormat, (src: DeliverableSource) => Promise<Buffer>> = {
  pptx: buildDeck,
  xlsx: buildWorkbook,
  docx: buildDocx,
}

/** The format a file name asks for, by its extension; null for any other. */
export function deliverableFormatOf(file: string): DeliverableFormat | null {
  const ext = path.extname(file).slice(1).toLowerCase()
  return (DELIVERABLE_FORMATS as readonly string[]).includes(ext) ? (ext as DeliverableFormat) : null
}

/**
 * A client deliverable's bytes, built from the report model as the PDF is (its warnings say
 * where a real name would show: the caller applies the names gate before writing anything).
 * Progress: the model is the first 20 %, the format's own work the rest.
 */
export async function buildDeliverable(
  e: Engagement,
  format: DeliverableFormat,
  lang: Language,
  job: JobControl = UNWATCHED_JOB,
): Promise<{ bytes: Buffer; doc: ReportDocument }> {
  job.step(0, 100)
  const input = reportInput(e, lang)
  const doc = withoutSmallGroupRows(buildReport(input), input)
  job.step(20, 100)
  const step = (fraction: number) => job.step(20 + Math.round(fraction * 75), 100)
  const bytes = await BUILDERS[format]({ engagement: e, input, doc, step })
  job.step(96, 100)
  return { bytes, doc }
}

/**
 * Writes a deliverable where the user chose: the format its name says, the names gate applied
 * (nothing written when a real name would show and allowNames is false), written whole under
 * another name then moved into place.
 */
export async function exportDeliverableFile(
  e: Engagement,
  o: { path: string; format: DeliverableFormat; language: Language; allowNames: boolean },
  job: JobControl = UNWATCHED_JOB,
): Promise<{ path: string; warnings: ReportDocument['warnings'] }> {
  if (deliverableFormatOf(o.path) !== o.format)
    fail('INVALID_INPUT', `${o.path} does not end in .${o.format}: name the file with its format.`, o.path)
  const { bytes, doc } = await buildDeliverable(e, o.format, o.language, job)
  refuseNamesUnlessAllowed(doc, o.allowNames)
  // The last moment to stop: past it the file is written whole.
  job.check()
  writeReportFile(o.path, bytes)
  return { path: o.path, warnings: doc.warnings }
}

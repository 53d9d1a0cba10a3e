import type { ReportDocument } from '../../../shared/report/report-document'
import type { ReportInput } from '../../../shared/report/report-input'
import type { Engagement } from '../engagement/engagement'

export { DELIVERABLE_FORMATS, type DeliverableFormat } from '../../../shared/report/deliverable-formats'

/**
 * What every client format is built from: the report model the PDF is built from (the same
 * pseudonyms, the same "fewer than three" suppression, the consultant's commentary, picked
 * verbatims and overrides), its input (the diagnosis' figures), and the engagement itself for
 * what only the workbook lists (every coding).
 */
export interface DeliverableSource {
  engagement: Engagement
  input: ReportInput
  doc: ReportDocument
  /** Says how far the format's own work is (0 to 1); throws CANCELLED once the user cancelled. */
  step: (fraction: number) => void
}

import { fail } from '../../../shared/domain/terrain-error'
import type { ReportDocument } from '../../../shared/report/report-document'

/** A report whose verbatims name a respondent is not written unless the consultant says so. */
export function refuseNamesUnlessAllowed(doc: ReportDocument, allowNames: boolean): void {
  if (doc.warnings.length > 0 && !allowNames) {
    fail(
      'CONFLICT',
      `${doc.warnings.length} passage(s) of the report name a respondent: pick other verbatims, or confirm that you checked them.`,
    )
  }
}

import { GROUPS } from '../../../shared/domain/groups'
import { translate } from '../../../shared/i18n/translate'
import type { ReportDocument } from '../../../shared/report/report-document'
import type { ReportInput } from '../../../shared/report/report-input'
import { SMALL_GROUP } from '../../../shared/report/report-context'

/**
 * The report model without a table row for a group under three respondents. The PDF counts such a
 * group in its sample ("not broken down"); a file the client edits and re-cuts shows it in no
 * table at all (the method's notes still name it as under its evidence floor).
 */
export function withoutSmallGroupRows(doc: ReportDocument, input: ReportInput): ReportDocument {
  const small = new Set(
    GROUPS.filter((g) => input.diagnosis.floors[g].n > 0 && input.diagnosis.floors[g].n < SMALL_GROUP).map((g) =>
      translate(input.lang, `groups.${g}`),
    ),
  )
  if (small.size === 0) return doc
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) =>
        b.kind === 'table' ? { ...b, rows: b.rows.filter((r) => !small.has(r[0] ?? '')) } : b,
      ),
    })),
  }
}

import type { Recommendation } from '../../../../shared/domain/diagnosis/result'
import type { MessageKey } from '../../../../shared/i18n/translate'
import { triggerValueTexts } from '../../../../shared/report/trigger-values'
import { overriddenTriggerNote } from '../../../../shared/report/measure-names'
import { addTable, type Workbook } from './sheet-table'
import type { TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'

/**
 * The recommendations the diagnosis triggered, with the consultant's decision (rejected ones
 * included: the analyst sees what was set aside and why), what triggered each, the bands the
 * consultant set on what it reads, and how many excerpts support it or say otherwise. R0 (qualify
 * the findings) is the method's caveat, not a recommendation, as in the report.
 */
export function addRecommendationsSheet(workbook: Workbook, c: WorkbookContext): void {
  const t = c.tr.t
  const columns: TableColumn[] = [
    { header: t('workbook.recs.id'), kind: 'label' },
    { header: t('workbook.recs.title'), kind: 'text' },
    { header: t('workbook.recs.decision'), kind: 'label' },
    { header: t('workbook.recs.wording'), kind: 'text' },
    { header: t('workbook.recs.reason'), kind: 'text' },
    { header: t('workbook.recs.trigger'), kind: 'text' },
    { header: t('workbook.recs.overridden'), kind: 'text' },
    { header: t('workbook.recs.supporting'), kind: 'count' },
    { header: t('workbook.recs.counter'), kind: 'count' },
  ]
  const rows = c.input.diagnosis.recommendations
    .filter((r) => r.triggered && r.id !== 'R0')
    .map((r): TableCell[] => [
      r.id,
      t(`rec.${r.id}` as MessageKey),
      r.decision ? t(`diag.recs.decision.${r.decision.decision}`) : t('workbook.recs.pending'),
      r.decision?.decision === 'edited' ? c.words(r.decision.text[c.input.lang] ?? '') : null,
      r.decision?.reason ? c.words(r.decision.reason) : null,
      triggerText(c, r),
      (r.overridden ?? [])
        .filter((o) => employeesShown(c, o.measure))
        .map((o) => overriddenTriggerNote(c.tr, o, c.codeName))
        .join('\n'),
      r.supporting.length,
      r.counterCount,
    ])
  addTable(workbook, c.tr, t('workbook.sheet.recommendations'), columns, rows)
}

/**
 * The values that made it fire, one a line, as the app words them (two decimals where a figure has
 * them: the analyst checks them against thresholds), employees' figures only where they are shown
 * (the report's rule, shared/report/context-sections.ts).
 */
function triggerText(c: WorkbookContext, r: Recommendation): string {
  return triggerValueTexts(c.tr, r.values, {
    precise: true,
    keep: (k, v) =>
      v !== null && v !== '' && v !== false && (c.shown.has('employee') || !/employee|Find|Flow|Recognition/i.test(k)),
  })
    .map((line) => line.charAt(0).toLocaleUpperCase(c.input.lang) + line.slice(1))
    .join('\n')
}

const employeesShown = (c: WorkbookContext, measure: string) => c.shown.has('employee') || !measure.includes('employee')

import { GROUPS } from '../../../../shared/domain/groups'
import { addTable, type Workbook } from './sheet-table'
import type { TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'
import { bandCells, bandColumns, bandLabel, trustCells, trustColumns } from './band-cells'

/** A share of respondents (0 to 100 in the diagnosis) as a fraction, which the % format shows. */
const share = (v: number | null): number | null => (v === null ? null : v / 100)

/**
 * What each group said against what leaders believe of it, theme by theme, for the groups shown:
 * the shares, the gap in points, its band (and the consultant's), its direction, and the counts
 * behind the shares so that an analyst can work them out again.
 */
export function addPerceptionGapSheet(workbook: Workbook, c: WorkbookContext): void {
  const t = c.tr.t
  const columns: TableColumn[] = [
    { header: t('workbook.gap.group'), kind: 'label' },
    { header: t('workbook.gap.code'), kind: 'label' },
    { header: t('workbook.gap.theme'), kind: 'label' },
    { header: t('workbook.gap.said'), kind: 'share' },
    { header: t('workbook.gap.believed'), kind: 'share' },
    { header: t('workbook.gap.gap'), kind: 'points' },
    ...bandColumns(c),
    { header: t('workbook.gap.direction'), kind: 'label' },
    { header: t('workbook.gap.saidBy'), kind: 'count' },
    { header: t('workbook.gap.groupSize'), kind: 'count' },
    { header: t('workbook.gap.believedBy'), kind: 'count' },
    { header: t('workbook.gap.believers'), kind: 'count' },
    ...trustColumns(c),
  ]
  const rows = GROUPS.filter((g) => c.shown.has(g)).flatMap((g) =>
    c.input.diagnosis.perceptionGap[g].map((r): TableCell[] => [
      t(`groups.${g}`),
      r.code,
      c.codeName(r.code),
      share(r.expressed),
      share(r.hypothesis),
      r.gap,
      ...bandCells(c, r.band, r),
      bandLabel(c, r.direction),
      r.expressedCount,
      r.expressedN,
      r.hypothesisCount,
      r.hypothesisN,
      ...trustCells(c, r.indicative, `perceptionGap.${r.code}`),
    ]),
  )
  addTable(workbook, c.tr, t('workbook.sheet.perceptionGap'), columns, rows)
}

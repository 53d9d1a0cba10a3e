import { GROUPS } from '../../../../shared/domain/groups'
import { measureName } from '../../../../shared/report/measure-names'
import type { MessageKey } from '../../../../shared/i18n/translate'
import { addTable, type Workbook } from './sheet-table'
import type { Figure, NumberFormat, TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'
import { bandCells, bandColumns, trustCells, trustColumns } from './band-cells'

/** One measure's line: its name (as stored with an override), its value and how to read it. */
interface Measure {
  name: string
  /** The diagnosis object a consultant's band is laid on. */
  target: object
  /** Under an evidence floor (the collectives have no floor). */
  indicative: boolean
  value: number | null
  format: NumberFormat
  scale: MessageKey
  band: string | null
  /** The name the reliability gate marks it under. */
  reliability: string
}

/** Shares are 0 to 100 in the diagnosis; the sheet holds fractions under a % format. */
const fraction = (v: number | null) => (v === null ? null : v / 100)

const measure = (
  name: string,
  target: object,
  value: number | null,
  format: NumberFormat,
  scale: MessageKey,
  band: string | null,
  reliability = name,
): Measure => ({
  name,
  target,
  indicative: 'indicative' in target && target.indicative === true,
  value,
  format,
  scale,
  band,
  reliability,
})

/** The measures in the report's order; a group's own figures only for the groups shown. */
function measures(c: WorkbookContext): Measure[] {
  const d = c.input.diagnosis
  const { idealismIndex: ii, customerValue: cv, collectives: col, executionMaturity: em, attentionLoad: al } = d
  return [
    ...GROUPS.filter((g) => c.shown.has(g) && d.pragmatism.byGroup[g].n > 0).map((g) => {
      const p = d.pragmatism.byGroup[g]
      return measure(`pragmatism.${g}`, p, p.median, 'decimal', 'workbook.scale.pragmatism', p.label, 'pragmatism')
    }),
    measure('idealismIndex', ii, ii.value, 'points', 'workbook.scale.points', ii.band),
    ...(c.shown.has('customer')
      ? [measure('customerValue', cv, cv.idealismIndex, 'points', 'workbook.scale.points', cv.band)]
      : []),
    measure('collectives', col, fraction(col.misRate), 'share', 'workbook.scale.collectives', col.band),
    measure('executionMaturity', em, em.value, 'outOfFour', 'workbook.scale.execution', em.band),
    measure('attentionLoad', al, fraction(al.value), 'share', 'workbook.scale.attention', al.band),
    ...(['RH.POL', 'MGT.PRA'] as const).map((k) =>
      measure(
        `enablers.${k}`,
        d.enablers[k],
        d.enablers[k].nv,
        'signedDecimal',
        'workbook.scale.netValence',
        d.enablers[k].band,
      ),
    ),
  ]
}

/**
 * Each measure's value and band, the consultant's band beside the computed one with the reason,
 * whether it is indicative and how reliable its coding is. Each value keeps its own format (an
 * index, points, a share, points out of four) in one column of numbers.
 */
export function addIndicesSheet(workbook: Workbook, c: WorkbookContext): void {
  const t = c.tr.t
  const columns: TableColumn[] = [
    { header: t('workbook.indices.measure'), kind: 'label', maxWidth: 36 },
    { header: t('workbook.indices.value'), kind: 'decimal' },
    { header: t('workbook.indices.scale'), kind: 'label', maxWidth: 32 },
    ...bandColumns(c),
    ...trustColumns(c),
  ]
  const rows = measures(c).map((m): TableCell[] => [
    m.name === 'customerValue' ? t('diag.measure.customerValue') : measureName(c.tr, m.name, c.codeName),
    m.value === null ? null : ({ value: m.value, format: m.format } satisfies Figure),
    t(m.scale),
    ...bandCells(c, m.band, m.target),
    ...trustCells(c, m.indicative, m.reliability),
  ])
  addTable(workbook, c.tr, t('workbook.sheet.indices'), columns, rows)
}

import { overrideOf } from '../../../../shared/domain/diagnosis/overrides'
import type { MessageKey } from '../../../../shared/i18n/translate'
import type { TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'

/** The columns that state a band as the report does: the computed one, the consultant's, and why. */
export function bandColumns(c: WorkbookContext): TableColumn[] {
  return [
    { header: c.tr.t('workbook.band.computed'), kind: 'label' },
    { header: c.tr.t('workbook.band.set'), kind: 'label' },
    { header: c.tr.t('workbook.band.reason'), kind: 'text' },
  ]
}

/** A measure's cells under bandColumns: a band the consultant set sits beside the computed one. */
export function bandCells(c: WorkbookContext, band: string | null, measure: object): TableCell[] {
  const o = overrideOf(measure)
  return [bandLabel(c, o ? o.computedBand : band), o ? bandLabel(c, o.band) : null, o ? c.words(o.reason) : null]
}

export function bandLabel(c: WorkbookContext, band: string | null | undefined): string | null {
  return band ? c.tr.t(`diag.band.${band}` as MessageKey) : null
}

/** The columns saying how far a figure can be trusted: under the evidence floor, or coded unreliably. */
export function trustColumns(c: WorkbookContext): TableColumn[] {
  return [
    { header: c.tr.t('workbook.indicative'), kind: 'label' },
    { header: c.tr.t('workbook.reliability'), kind: 'label' },
  ]
}

export function trustCells(c: WorkbookContext, indicative: boolean, reliabilityOf: string): TableCell[] {
  const mark = c.input.diagnosis.reliability[reliabilityOf]
  return [indicative ? c.tr.t('workbook.yes') : null, mark ? c.tr.t(`diag.reliability.${mark}`) : null]
}

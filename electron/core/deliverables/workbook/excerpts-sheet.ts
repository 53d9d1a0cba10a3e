import type { MessageKey, Translator } from '../../../../shared/i18n/translate'
import type { ExcerptRow } from './excerpt-rows'
import { addTable, type Workbook } from './sheet-table'
import type { TableCell, TableColumn } from './table-model'

type ExcerptColumn = Omit<TableColumn, 'header'> & {
  header: MessageKey
  cell: (r: ExcerptRow, tr: Translator) => TableCell
}

/**
 * The Excerpts sheet's columns. The long texts are kept narrow enough for a page of them to print
 * readably; what finds an excerpt again in Terrain (ids and offsets, in UTF-16 code units as
 * Terrain counts them) comes last and is left off printed pages.
 */
const COLUMNS: readonly ExcerptColumn[] = [
  { header: 'workbook.excerpts.respondent', kind: 'label', cell: (r) => r.respondent },
  { header: 'workbook.excerpts.group', kind: 'label', cell: (r, tr) => (r.group ? tr.t(`group.${r.group}`) : null) },
  { header: 'workbook.excerpts.unit', kind: 'label', maxWidth: 18, cell: (r) => r.unit },
  { header: 'workbook.excerpts.site', kind: 'label', maxWidth: 14, cell: (r) => r.site },
  { header: 'workbook.excerpts.question', kind: 'text', maxWidth: 36, cell: (r) => r.question },
  { header: 'workbook.excerpts.excerpt', kind: 'text', maxWidth: 50, cell: (r) => r.excerpt },
  { header: 'workbook.excerpts.code', kind: 'label', cell: (r) => r.codeKey },
  { header: 'workbook.excerpts.codePath', kind: 'label', maxWidth: 28, cell: (r) => r.codePath },
  {
    header: 'workbook.excerpts.stance',
    kind: 'label',
    maxWidth: 16,
    cell: (r, tr) => tr.t(`coding.stance.${r.stance}`),
  },
  {
    header: 'workbook.excerpts.target',
    kind: 'label',
    maxWidth: 14,
    cell: (r, tr) => (r.target ? tr.t(`groups.${r.target}`) : null),
  },
  { header: 'workbook.excerpts.valence', kind: 'label', cell: (r, tr) => tr.t(`coding.valence.${r.valence}`) },
  { header: 'workbook.excerpts.intensity', kind: 'count', cell: (r) => r.intensity },
  { header: 'workbook.excerpts.coder', kind: 'label', maxWidth: 18, cell: (r) => r.coder },
  { header: 'workbook.excerpts.memo', kind: 'text', maxWidth: 30, cell: (r) => r.memo },
  { header: 'workbook.excerpts.documentId', kind: 'id', printed: false, cell: (r) => r.documentId },
  { header: 'workbook.excerpts.start', kind: 'offset', printed: false, cell: (r) => r.start },
  { header: 'workbook.excerpts.end', kind: 'offset', printed: false, cell: (r) => r.end },
  { header: 'workbook.excerpts.codingId', kind: 'id', printed: false, cell: (r) => r.codingId },
]

/**
 * The Excerpts sheet: one row per coding. Used for the whole engagement and, in the same shape,
 * for the Retrieve tab's filtered excerpts.
 */
export function addExcerptsSheet(
  workbook: Workbook,
  rows: readonly ExcerptRow[],
  tr: Translator,
  progress?: (done: number) => void,
): void {
  addTable(
    workbook,
    tr,
    tr.t('workbook.sheet.excerpts'),
    COLUMNS.map(({ cell: _cell, header, ...c }) => ({ ...c, header: tr.t(header) })),
    rows.map((r) => COLUMNS.map((c) => c.cell(r, tr))),
    progress,
  )
}

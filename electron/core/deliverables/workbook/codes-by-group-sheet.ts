import { GROUPS, type Group } from '../../../../shared/domain/groups'
import type { Engagement } from '../../engagement/engagement'
import { addTable, type Workbook } from './sheet-table'
import type { TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'
import { codesInOrder, inherited } from './codebook-order'

interface Count {
  code_id: string
  group_key: Group
  excerpts: number
  respondents: number
}

/**
 * Per code and group, the excerpts (spans, however many coders coded them) and the distinct
 * respondents who said them, counted by SQLite over every coding. Only the groups shown have
 * columns, and there is no total: a total less the columns shown would give a small group's figure.
 */
export function addCodesByGroupSheet(workbook: Workbook, e: Engagement, c: WorkbookContext): void {
  const counts = e.db
    .prepare<[], Count>(
      `SELECT c.code_id, r.group_key,
         count(DISTINCT c.document_id || ':' || c.start || ':' || c.end) AS excerpts,
         count(DISTINCT r.id) AS respondents
       FROM codings c
         JOIN documents d ON d.id = c.document_id
         LEFT JOIN interviews i ON i.id = d.interview_id
         JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
       GROUP BY c.code_id, r.group_key`,
    )
    .all()
  const byCell = new Map(counts.map((n) => [`${n.code_id}|${n.group_key}`, n]))
  const groups = GROUPS.filter((g) => c.shown.has(g))
  const codebook = e.codebook.get()
  const families = new Map(codebook.families.map((f) => [f.id, f]))
  const lang = c.input.lang
  const columns: TableColumn[] = [
    { header: c.tr.t('workbook.codes.family'), kind: 'label' },
    { header: c.tr.t('workbook.codes.code'), kind: 'label' },
    { header: c.tr.t('workbook.codes.name'), kind: 'label' },
    ...groups.flatMap((g): TableColumn[] => [
      { header: c.tr.t('workbook.codes.excerpts', { group: c.tr.t(`groups.${g}`) }), kind: 'count' },
      { header: c.tr.t('workbook.codes.respondents', { group: c.tr.t(`groups.${g}`) }), kind: 'count' },
    ]),
  ]
  const byId = new Map(codebook.codes.map((k) => [k.id, k]))
  const rows = codesInOrder(codebook).map((code): TableCell[] => [
    families.get(inherited(code, byId, (k) => k.familyId) ?? '')?.name[lang] ?? null,
    code.key,
    code.name[lang] || code.key,
    ...groups.flatMap((g) => {
      const n = byCell.get(`${code.id}|${g}`)
      return [n?.excerpts ?? 0, n?.respondents ?? 0]
    }),
  ])
  addTable(workbook, c.tr, c.tr.t('workbook.sheet.codesByGroup'), columns, rows)
}

import type { Code } from '../../../../shared/domain/codebook'
import { ruleIn } from '../../../../shared/domain/codebook'
import type { Engagement } from '../../engagement/engagement'
import { addTable, type Workbook } from './sheet-table'
import type { TableCell, TableColumn } from './table-model'
import type { WorkbookContext } from './workbook-context'
import { codesInOrder, inherited } from './codebook-order'

/**
 * The codebook the excerpts were coded with: each code's family, key, name, parent, definition,
 * decision rules and example, and its roles in the two indices (a code without a role of its own
 * takes its parent's, as the diagnosis reads it).
 */
export function addCodebookSheet(workbook: Workbook, e: Engagement, c: WorkbookContext): void {
  const t = c.tr.t
  const lang = c.input.lang
  const codebook = e.codebook.get()
  const families = new Map(codebook.families.map((f) => [f.id, f]))
  const byId = new Map(codebook.codes.map((k) => [k.id, k]))
  const columns: TableColumn[] = [
    { header: t('workbook.codebook.family'), kind: 'label' },
    { header: t('workbook.codebook.code'), kind: 'label' },
    { header: t('workbook.codebook.name'), kind: 'label' },
    { header: t('workbook.codebook.parent'), kind: 'label' },
    { header: t('workbook.codebook.definition'), kind: 'text', maxWidth: 36 },
    { header: t('workbook.codebook.include'), kind: 'text', maxWidth: 36 },
    { header: t('workbook.codebook.exclude'), kind: 'text', maxWidth: 36 },
    { header: t('workbook.codebook.example'), kind: 'text', maxWidth: 36 },
    { header: t('workbook.codebook.pragmatism'), kind: 'label' },
    { header: t('workbook.codebook.idealism'), kind: 'label' },
  ]
  const role = (code: Code, measure: 'pragmatism' | 'idealism'): string | null => {
    const r = inherited(code, byId, (k) => k.diagnosis[measure])
    return r ? t(`codebook.role.${r}`) : null
  }
  const rows = codesInOrder(codebook).map((code): TableCell[] => {
    const familyId = inherited(code, byId, (k) => k.familyId)
    return [
      familyId ? (families.get(familyId)?.name[lang] ?? null) : null,
      code.key,
      code.name[lang] || code.key,
      code.parentId ? (byId.get(code.parentId)?.key ?? null) : null,
      c.words(ruleIn(code.definition, lang)),
      c.words(ruleIn(code.include, lang)),
      c.words(ruleIn(code.exclude, lang)),
      c.words(ruleIn(code.example, lang)),
      role(code, 'pragmatism'),
      role(code, 'idealism'),
    ]
  })
  addTable(workbook, c.tr, t('workbook.sheet.codebook'), columns, rows)
}

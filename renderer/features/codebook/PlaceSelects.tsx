import { useT } from '../../i18n/language-store'
import type { Code, CodeFamily } from '../../../shared/domain/codebook'
import { depthOf, descendantIds, treeOrder } from '../../../shared/domain/code-tree'

/**
 * Where a code goes: its family, and the code it sits under (or top level). A code's own sub-codes
 * are not offered as its parent, so no cycle can be chosen.
 */
export function PlaceSelects(p: {
  families: CodeFamily[]
  codes: Code[]
  codeId: string | null
  familyId: string
  parentId: string
  onChange: (place: { familyId: string; parentId: string }) => void
}) {
  const { t, lang } = useT()
  const excluded = new Set(p.codeId ? [p.codeId, ...descendantIds(p.codes, p.codeId)] : [])
  const parents = treeOrder(p.families, p.codes).filter((c) => c.familyId === p.familyId && !excluded.has(c.id))
  return (
    <>
      <label>
        {t('codebookEdit.family')}
        <select value={p.familyId} onChange={(e) => p.onChange({ familyId: e.target.value, parentId: '' })}>
          {p.families.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('codebookEdit.parent')}
        <select value={p.parentId} onChange={(e) => p.onChange({ familyId: p.familyId, parentId: e.target.value })}>
          <option value="">{t('codebookEdit.topLevel')}</option>
          {parents.map((c) => (
            <option key={c.id} value={c.id}>
              {'\u00a0\u00a0'.repeat(depthOf(p.codes, c.id))}
              {c.key} · {c.name[lang]}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}

import { useT } from '../../i18n/language-store'
import type { Code } from '../../../shared/domain/codebook'

type Role = Code['diagnosis']['pragmatism']

/** A code's role in one index: pragmatic, relational, or none of its own (a sub-code then inherits). */
export function RoleSelect(p: { label: string; value: Role; nested: boolean; onChange: (r: Role) => void }) {
  const { t } = useT()
  return (
    <label>
      {p.label}
      <select value={p.value ?? ''} onChange={(e) => p.onChange((e.target.value || null) as Role)}>
        <option value="">{t(p.nested ? 'codebookEdit.inherit' : 'codebookEdit.noRole')}</option>
        <option value="pragmatic">{t('codebook.role.pragmatic')}</option>
        <option value="relational">{t('codebook.role.relational')}</option>
      </select>
    </label>
  )
}

import { useT } from '../i18n/language-store'
import { GROUPS, type Group } from '../../shared/domain/groups'
import type { MessageKey } from '../../shared/i18n/translate'

/** A select of the respondent groups, by their plural name (or their singular, for one person). */
export function GroupSelect<Blank extends boolean = false>(p: {
  value: Blank extends true ? Group | '' : Group
  onChange: (g: Blank extends true ? Group | '' : Group) => void
  label?: string
  blank?: Blank
  singular?: boolean
  autoFocus?: boolean
}) {
  const { t } = useT()
  return (
    <select
      aria-label={p.label}
      value={p.value}
      autoFocus={p.autoFocus}
      onChange={(e) => p.onChange(e.target.value as Group)}
    >
      {p.blank && <option value="">—</option>}
      {GROUPS.map((g) => (
        <option key={g} value={g}>
          {t(`${p.singular ? 'group' : 'groups'}.${g}` as MessageKey)}
        </option>
      ))}
    </select>
  )
}

import { COLLECTIVE_LABELS, type CollectiveLabel } from '../../../shared/domain/collective'
import { useT } from '../../i18n/language-store'

/** The label the organisation gives a collective: community, project group, work group, other. */
export function LabelSelect(p: {
  value: CollectiveLabel
  onChange: (label: CollectiveLabel) => void
  className?: string
}) {
  const { t } = useT()
  return (
    <label className={p.className}>
      <span>{t('collectives.calledBy')}</span>
      <select value={p.value} onChange={(e) => p.onChange(e.target.value as CollectiveLabel)}>
        {COLLECTIVE_LABELS.map((l) => (
          <option key={l} value={l}>
            {t(`collectives.label.${l}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

import type { CriterionNumber } from '../../../shared/domain/collective'
import type { MessageKey } from '../../../shared/i18n/translate'
import { useT } from '../../i18n/language-store'

/** Which criterion an excerpt bears on: one of C1-C5, or the collective in general. */
export function CriterionSelect(p: {
  value: CriterionNumber | null
  onChange: (criterion: CriterionNumber | null) => void
  label?: string
}) {
  const { t } = useT()
  return (
    <label className="criterion-select">
      <span>{p.label ?? t('collectives.bearsOn')}</span>
      <select
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.target.value === '' ? null : (Number(e.target.value) as CriterionNumber))}
      >
        <option value="">{t('collectives.bearsOnGeneral')}</option>
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <option key={n} value={n}>
            {`C${n} · ${t(`collectives.c${n}.name` as MessageKey)}`}
          </option>
        ))}
      </select>
    </label>
  )
}

import type { Coder } from '../../../../shared/domain/coding'
import { useT } from '../../../i18n/language-store'
import { pairKey, parsePair, type Comparison } from './agreement-figures'

/** All consultants together (alpha with missing values), or one pair (kappa, segments, disagreements). */
export function ComparisonPicker(p: { coders: Coder[]; value: Comparison; onChange: (c: Comparison) => void }) {
  const { t } = useT()
  const pairs = p.coders.flatMap((a, i) => p.coders.slice(i + 1).map((b) => [a, b] as const))
  return (
    <label className="agreement-compare">
      {t('agreement.compare')}
      <select value={pairKey(p.value)} onChange={(e) => p.onChange(parsePair(e.target.value))}>
        {p.coders.length > 2 && <option value="">{t('agreement.allCoders')}</option>}
        {pairs.map(([a, b]) => (
          <option key={`${a.id}|${b.id}`} value={`${a.id}|${b.id}`}>
            {t('agreement.pair', { a: a.name, b: b.name })}
          </option>
        ))}
      </select>
    </label>
  )
}

import { useEffect } from 'react'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { useCodingView } from './coding-view'

/** Who is coding in this window: every new coding carries this coder (blind coding and agreement need it). */
export function CoderPicker() {
  const { t } = useT()
  const coders = (useCall('coding.coders', {}).data ?? []).filter((c) => c.kind === 'person')
  const coderId = useCodingView((s) => s.coderId)
  const setCoder = useCodingView((s) => s.setCoder)
  const blind = useCodingView((s) => s.blind)
  const setBlind = useCodingView((s) => s.setBlind)
  // The first consultant codes until someone else is chosen (core applies the same default).
  useEffect(() => {
    if (coders.length && !coders.some((c) => c.id === coderId)) setCoder(coders[0]!.id)
  }, [coders, coderId, setCoder])
  if (coders.length < 2) return null
  return (
    <div className="coder-picker">
      <label>
        {t('coding.codingAs')}
        <select value={coderId ?? ''} onChange={(e) => setCoder(e.target.value)}>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-check" title={t('coding.blindHint')}>
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
        {t('coding.blind')}
      </label>
    </div>
  )
}

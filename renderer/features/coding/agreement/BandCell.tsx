import type { AlphaBand, KappaBand } from '../../../../shared/domain/agreement/agreement-bands'
import { useT } from '../../../i18n/language-store'
import { coefficient } from './agreement-figures'

/** A coefficient with its band, coloured by what the band allows; "no variation" where it is undefined. */
export function BandCell(
  p:
    | { rule: 'alpha'; value: number | null; band: AlphaBand | null }
    | { rule: 'kappa'; value: number | null; band: KappaBand | null; twoOnly: boolean },
) {
  const { t, lang } = useT()
  if (p.rule === 'kappa' && !p.twoOnly)
    return (
      <td className="num muted" title={t('agreement.kappaTwoOnly')}>
        —
      </td>
    )
  if (p.value === null || p.band === null)
    return (
      <td className="num muted" title={t('agreement.noVariationHint')}>
        {t('agreement.noVariation')}
      </td>
    )
  const label =
    p.rule === 'alpha'
      ? t(`agreement.alphaBand.${p.band as AlphaBand}`)
      : t(`agreement.kappaBand.${p.band as KappaBand}`)
  return (
    <td className="num">
      <span className="mono">{coefficient(lang, p.value)}</span>{' '}
      <span className={`agreement-band ${p.rule}-${p.band}`}>{label}</span>
    </td>
  )
}

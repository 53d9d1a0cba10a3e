import type { CollectiveCard } from '../../../shared/api/collectives'
import { useT } from '../../i18n/language-store'

/** What the diagnosis makes of the card: its CoP score and band, and a mislabel when there is one. */
export function VerdictLine({ card }: { card: CollectiveCard }) {
  const { t } = useT()
  const { score, band, mislabel } = card.verdict
  if (score === null || band === null) {
    const assessed = card.criteria.filter((c) => c !== null).length
    return <p className="verdict pending">{t('collectives.verdict.pending', { assessed })}</p>
  }
  return (
    <p className={mislabel ? 'verdict mislabelled' : 'verdict'}>
      <strong>{t('collectives.verdict.score', { score })}</strong>
      <span>
        {t('collectives.verdict.looksLike', {
          label: t(`collectives.label.${card.label}`),
          band: t(`collectives.verdict.${band}`),
        })}
      </span>
      {mislabel && <span className="badge verdict-flag">{t(`collectives.verdict.${mislabel}`)}</span>}
    </p>
  )
}

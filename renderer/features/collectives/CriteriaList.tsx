import type { CollectiveCard } from '../../../shared/api/collectives'
import type { CriterionNumber } from '../../../shared/domain/collective'
import type { MessageKey } from '../../../shared/i18n/translate'
import { toApiError, useMutation } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'

const CRITERIA: readonly CriterionNumber[] = [1, 2, 3, 4, 5]
type Score = CollectiveCard['criteria'][number]
const CHOICES: readonly { value: Score; key: MessageKey }[] = [
  { value: 1, key: 'collectives.criterion.yes' },
  { value: 0, key: 'collectives.criterion.no' },
  { value: null, key: 'collectives.criterion.unknown' },
]

/** C1-C5 with their definitions (DIAGNOSIS.md, D), each set to yes, no or unknown. */
export function CriteriaList({ card }: { card: CollectiveCard }) {
  const { t, tn } = useT()
  const setCriterion = useMutation('collectives.setCriterion')
  const showError = useAppView((s) => s.showError)
  const set = (criterion: CriterionNumber, value: Score) =>
    setCriterion({ collectiveId: card.id, criterion, value }).catch((e: unknown) => showError(toApiError(e).error))
  return (
    <section className="criteria" aria-label={t('collectives.criteria')}>
      <h4>{t('collectives.criteria')}</h4>
      <ol>
        {CRITERIA.map((n) => {
          const name = `C${n} · ${t(`collectives.c${n}.name` as MessageKey)}`
          const quotes = card.evidence.filter((x) => x.criterion === n).length
          return (
            <li key={n} className="criterion" data-criterion={n}>
              <div className="criterion-text">
                <div className="criterion-name">
                  {name}
                  {quotes > 0 && <span className="badge">{tn('collectives.criterionEvidence', quotes)}</span>}
                </div>
                <div className="criterion-signal">
                  <span className="signal-yes">{t('collectives.criterion.yes')}</span>
                  <span>{t(`collectives.c${n}.yes` as MessageKey)}</span>
                </div>
                <div className="criterion-signal">
                  <span className="signal-no">{t('collectives.criterion.no')}</span>
                  <span>{t(`collectives.c${n}.no` as MessageKey)}</span>
                </div>
              </div>
              <div className="segmented criterion-choice" role="group" aria-label={name}>
                {CHOICES.map((c) => (
                  <button
                    key={c.key}
                    type="button"
                    aria-pressed={card.criteria[n - 1] === c.value}
                    data-value={c.value ?? 'unknown'}
                    onClick={() => void set(n, c.value)}
                  >
                    {t(c.key)}
                  </button>
                ))}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

import { GROUPS, type Group } from '../../../shared/domain/groups'
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../../shared/domain/diagnosis-settings'
import { useT } from '../../i18n/language-store'

/** The evidence floor of a group (method/DIAGNOSIS.md): leadership 3, others 5. */
const floorOf = (g: Group): number =>
  g === 'leadership' ? DEFAULT_DIAGNOSIS_SETTINGS.floors.leadership : DEFAULT_DIAGNOSIS_SETTINGS.floors.group

/**
 * Respondents per group against the method's evidence floors. Before anyone is added, every group
 * shows what it will need; once the study has people, a group without any is out of the study.
 */
export function SampleTiles({ byGroup }: { byGroup: Record<Group, number> }) {
  const { t } = useT()
  const started = GROUPS.some((g) => byGroup[g] > 0)
  return (
    <div className="tiles">
      {GROUPS.map((g) => {
        const n = byGroup[g]
        const floor = floorOf(g)
        const state = n === 0 ? (started ? 'absent' : 'toPlan') : n >= floor ? 'met' : 'short'
        return (
          <div key={g} className={`tile ${state}`} data-group={g}>
            <span className="tile-value">{n}</span>
            <span className="tile-label">{t(`groups.${g}`)}</span>
            <span className="tile-note">
              {state === 'absent'
                ? t('engagement.notInStudy')
                : state === 'toPlan'
                  ? t('engagement.floorToReach', { floor })
                  : state === 'met'
                    ? t('engagement.floorMet', { floor })
                    : t('engagement.floorMissing', { missing: floor - n, floor })}
            </span>
          </div>
        )
      })}
    </div>
  )
}

import { useState, type FormEvent } from 'react'
import { useCall, useMutation, toApiError } from '../../api/use-call'
import { useAppView } from '../../stores/app-view'
import { useT } from '../../i18n/language-store'
import { GroupBadge } from '../../components/GroupBadge'
import type { Group } from '../../../shared/domain/groups'
import { GroupSelect } from '../../components/GroupSelect'
import { DateField } from '../../components/DateField'

/** The interviews to run, what is done and missing, and the evidence floors not met yet. */
export function CampaignSection() {
  const { t, tn, dateRange } = useT()
  const plan = useCall('campaign.get', {})
  const remove = useMutation('campaign.removeTarget')
  const showError = useAppView((s) => s.showError)
  const data = plan.data
  if (!data) return null
  const coverageOf = new Map(data.byTarget.map((c) => [c.targetId, c]))
  return (
    <section className="card campaign" aria-label={t('campaign.title')}>
      <h2>{t('campaign.title')}</h2>
      {data.warnings.length > 0 ? (
        <div className="floor-warnings" role="alert">
          <strong>{t('campaign.warningTitle')}</strong>
          <ul>
            {data.warnings.map((w) => (
              <li key={w.group}>
                {t(`campaign.warning.${w.need}`, { people: tn(`report.count.${w.group}`, w.done), floor: w.floor })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        data.byGroup.length > 0 && <p className="ok-note">{t('campaign.allMet')}</p>
      )}
      {data.byGroup.length > 0 && (
        <table className="table compact" aria-label={t('campaign.byGroup')}>
          <thead>
            <tr>
              <th>{t('campaign.group')}</th>
              <th className="num">{t('campaign.quota')}</th>
              <th className="num">{t('campaign.done')}</th>
              <th className="num">{t('campaign.inProgress')}</th>
              <th className="num">{t('campaign.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byGroup.map((g) => (
              <tr key={g.group} className={g.done < g.floor ? 'short' : ''} data-group={g.group}>
                <td>
                  <GroupBadge group={g.group} />
                </td>
                <td className="num">{g.planned}</td>
                <td className="num">{g.done}</td>
                <td className="num">{g.inProgress}</td>
                <td className="num strong">{g.missing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.targets.length ? (
        <table className="table compact" aria-label={t('campaign.title')}>
          <thead>
            <tr>
              <th>{t('campaign.group')}</th>
              <th>{t('campaign.unit')}</th>
              <th>{t('campaign.site')}</th>
              <th>{t('campaign.dates')}</th>
              <th>{t('campaign.place')}</th>
              <th className="num">{t('campaign.quota')}</th>
              <th className="num">{t('campaign.done')}</th>
              <th className="num">{t('campaign.missing')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.targets.map((target) => {
              const c = coverageOf.get(target.id)
              return (
                <tr key={target.id}>
                  <td>
                    <GroupBadge group={target.group} />
                  </td>
                  <td>{target.unit ?? t('campaign.any')}</td>
                  <td>{target.site ?? t('campaign.any')}</td>
                  <td>{dateRange(target.plannedFrom, target.plannedTo)}</td>
                  <td>{target.place}</td>
                  <td className="num">{target.quota}</td>
                  <td className="num">{c?.done ?? 0}</td>
                  <td className="num strong">{c?.missing ?? target.quota}</td>
                  <td>
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() =>
                        void remove({ id: target.id }).catch((e: unknown) => showError(toApiError(e).error))
                      }
                    >
                      {t('campaign.remove')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('campaign.empty')}</p>
      )}
      <NewTargetForm byGroup={data.byGroup} floors={data.floors} />
    </section>
  )
}

/** A line of the plan: each field with its label, and a word when the group's plan stays below its floor. */
function NewTargetForm({
  byGroup,
  floors,
}: {
  byGroup: { group: Group; planned: number }[]
  floors: Record<Group, number>
}) {
  const { t, tn } = useT()
  const save = useMutation('campaign.saveTarget')
  const showError = useAppView((s) => s.showError)
  const [group, setGroup] = useState<Group>('employee')
  const [unit, setUnit] = useState('')
  const [site, setSite] = useState('')
  const [quota, setQuota] = useState('5')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [place, setPlace] = useState('')
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await save({
        id: null,
        target: {
          group,
          unit: unit || null,
          site: site || null,
          quota: Number(quota) || 0,
          plannedFrom: from || null,
          plannedTo: to || null,
          place: place || null,
        },
      })
      setUnit('')
      setPlace('')
    } catch (err) {
      showError(toApiError(err).error)
    }
  }
  const current = byGroup.find((g) => g.group === group)
  const floor = floors[group]
  const planned = (current?.planned ?? 0) + (Number(quota) || 0)
  return (
    <form className="plan-form" aria-label={t('campaign.add')} onSubmit={(e) => void submit(e)}>
      <label>
        {t('campaign.group')}
        <GroupSelect label={t('campaign.group')} value={group} onChange={setGroup} />
      </label>
      <label>
        {t('campaign.unit')}
        <input value={unit} onChange={(e) => setUnit(e.target.value)} />
      </label>
      <label>
        {t('campaign.site')}
        <input value={site} onChange={(e) => setSite(e.target.value)} />
      </label>
      <label>
        {t('campaign.quota')}
        <input type="number" min={0} value={quota} onChange={(e) => setQuota(e.target.value)} />
      </label>
      <label>
        {t('campaign.from')}
        <DateField label={t('campaign.from')} value={from} onChange={setFrom} />
      </label>
      <label>
        {t('campaign.to')}
        <DateField label={t('campaign.to')} value={to} onChange={setTo} />
      </label>
      <label>
        {t('campaign.place')}
        <input value={place} onChange={(e) => setPlace(e.target.value)} />
      </label>
      <button type="submit" className="button primary">
        {t('campaign.add')}
      </button>
      {floor > 0 && planned < floor && (
        <p className="inline-problem plan-floor" role="status">
          {t('campaign.planBelowFloor', { people: tn(`report.count.${group}`, planned), floor })}
        </p>
      )}
    </form>
  )
}

import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { coverage } from '../../../shared/domain/campaign/coverage'
import { readEngagementSettings, resolveDiagnosisSettings } from '../../../shared/domain/diagnosis-settings'

type CampaignHandlers = Pick<CoreHandlers, 'campaign.get' | 'campaign.saveTarget' | 'campaign.removeTarget'>

export function campaignHandlers(session: Session): CampaignHandlers {
  return {
    'campaign.get': () => {
      const e = session.requireEngagement()
      const stats = e.interviews.statsByRespondent()
      const inProgress = new Map(
        e.interviews
          .list()
          .filter((i) => i.status === 'in_progress')
          .map((i) => [i.respondentId, 1]),
      )
      const respondents = e.respondents.list().map((r) => ({
        id: r.id,
        group: r.group,
        unit: r.unit,
        site: r.site,
        done: stats.get(r.id)?.done ?? 0,
        inProgress: inProgress.get(r.id) ?? 0,
      }))
      const targets = e.campaign.list()
      const settings = resolveDiagnosisSettings(readEngagementSettings(e.info.settings()).diagnosis)
      return { targets, ...coverage(targets, respondents, settings) }
    },
    'campaign.saveTarget': ({ id, target }) => {
      const e = session.requireEngagement()
      return e.transaction(() => (id ? e.campaign.update(id, target) : e.campaign.add(target)))
    },
    'campaign.removeTarget': ({ id }) => {
      const e = session.requireEngagement()
      e.transaction(() => e.campaign.remove(id))
      return null
    },
  }
}

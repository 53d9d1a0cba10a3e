import { describe, expect, it } from 'vitest'
import { coverage, type CoverageRespondent } from '../../shared/domain/campaign/coverage'
import { DEFAULT_DIAGNOSIS_SETTINGS } from '../../shared/domain/diagnosis-settings'
import type { CampaignTarget } from '../../shared/domain/campaign/campaign'

const target = (
  id: string,
  group: CampaignTarget['group'],
  quota: number,
  site: string | null = null,
  unit: string | null = null,
): CampaignTarget => ({
  id,
  group,
  unit,
  site,
  quota,
  plannedFrom: null,
  plannedTo: null,
  place: null,
})
const person = (
  id: string,
  group: CoverageRespondent['group'],
  done: number,
  site: string | null = null,
  inProgress = 0,
): CoverageRespondent => ({ id, group, unit: null, site, done, inProgress })

describe('coverage of the campaign plan', () => {
  it('counts what was done against each line of the plan, by site', () => {
    const c = coverage(
      [target('t1', 'employee', 3, 'Lyon'), target('t2', 'employee', 2, 'Nantes'), target('t3', 'leadership', 3)],
      [
        person('a', 'employee', 1, 'lyon'),
        person('b', 'employee', 1, 'Lyon'),
        person('c', 'employee', 0, 'Lyon', 1),
        person('d', 'employee', 1, 'Nantes'),
        person('e', 'leadership', 1),
      ],
      DEFAULT_DIAGNOSIS_SETTINGS,
    )
    expect(c.byTarget).toEqual([
      { targetId: 't1', quota: 3, done: 2, inProgress: 1, missing: 1 },
      { targetId: 't2', quota: 2, done: 1, inProgress: 0, missing: 1 },
      { targetId: 't3', quota: 3, done: 1, inProgress: 0, missing: 2 },
    ])
    expect(c.byGroup).toEqual([
      // Respondent c has an interview under way: in progress, not done.
      { group: 'employee', planned: 5, done: 3, inProgress: 1, missing: 2, floor: 5 },
      { group: 'leadership', planned: 3, done: 1, inProgress: 0, missing: 2, floor: 3 },
    ])
  })

  it('warns of every evidence floor not met yet, naming what needs it', () => {
    const c = coverage(
      [target('t1', 'leadership', 4), target('t2', 'customer', 5)],
      [
        person('a', 'leadership', 1),
        person('b', 'leadership', 1),
        ...Array.from({ length: 5 }, (_, i) => person(`c${i}`, 'customer', 1)),
      ],
      DEFAULT_DIAGNOSIS_SETTINGS,
    )
    expect(c.warnings).toEqual([{ group: 'leadership', done: 2, floor: 3, need: 'perceptionGap' }])
  })
})

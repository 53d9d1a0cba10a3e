import { GROUPS, type Group } from '../groups'
import type { DiagnosisSettings } from '../diagnosis-settings'
import type { CampaignTarget } from './campaign'

export interface CoverageRespondent {
  id: string
  group: Group
  unit: string | null
  site: string | null
  /** Interviews completed or imported. */
  done: number
  inProgress: number
}

export interface TargetCoverage {
  targetId: string
  quota: number
  done: number
  inProgress: number
  missing: number
}

export interface GroupCoverage {
  group: Group
  planned: number
  done: number
  /** Respondents of the group with an interview started and none done: seen, not yet counted. */
  inProgress: number
  missing: number
  floor: number
}

/** An evidence floor not met yet: what the diagnosis will lack if the consultant leaves now. */
export interface FloorWarning {
  group: Group
  done: number
  floor: number
  /** What needs that floor: the group's own figures, or leadership's hypothesis (the perception gap). */
  need: 'groupFigures' | 'perceptionGap'
}

const norm = (s: string | null) => (s ?? '').trim().toLocaleLowerCase()

/** Whether a respondent counts for a target: same group, and same unit and site where the target names them. */
const matches = (t: CampaignTarget, r: CoverageRespondent) =>
  t.group === r.group && (!t.unit || norm(t.unit) === norm(r.unit)) && (!t.site || norm(t.site) === norm(r.site))

/**
 * The plan against what was done: per target and per group, done, in progress and missing; and
 * the evidence floors of method/DIAGNOSIS.md not met yet, for groups planned or already started.
 */
export function coverage(
  targets: readonly CampaignTarget[],
  respondents: readonly CoverageRespondent[],
  s: DiagnosisSettings,
) {
  const byTarget: TargetCoverage[] = targets.map((t) => {
    const mine = respondents.filter((r) => matches(t, r))
    const done = mine.filter((r) => r.done > 0).length
    const inProgress = mine.filter((r) => r.done === 0 && r.inProgress > 0).length
    return { targetId: t.id, quota: t.quota, done, inProgress, missing: Math.max(0, t.quota - done) }
  })
  const floorOf = (group: Group) => (group === 'leadership' ? s.floors.leadership : s.floors.group)
  const byGroup: GroupCoverage[] = GROUPS.map((group) => {
    const planned = targets.filter((t) => t.group === group).reduce((n, t) => n + t.quota, 0)
    const done = respondents.filter((r) => r.group === group && r.done > 0).length
    const inProgress = respondents.filter((r) => r.group === group && r.done === 0 && r.inProgress > 0).length
    return { group, planned, done, inProgress, missing: Math.max(0, planned - done), floor: floorOf(group) }
  }).filter((g) => g.planned > 0 || g.done > 0)
  const warnings: FloorWarning[] = byGroup
    .filter((g) => g.done < g.floor)
    .map((g) => ({
      group: g.group,
      done: g.done,
      floor: g.floor,
      need: g.group === 'leadership' ? 'perceptionGap' : 'groupFigures',
    }))
  // Every group's floor, planned or not: a new line of the plan is checked against it.
  const floors = Object.fromEntries(GROUPS.map((g) => [g, floorOf(g)])) as Record<Group, number>
  return { byTarget, byGroup, warnings, floors }
}
export type Coverage = ReturnType<typeof coverage>

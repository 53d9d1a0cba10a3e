import path from 'node:path'
import type { EngagementSummary } from '../../../shared/api/engagement'
import { GROUPS, type Group } from '../../../shared/domain/groups'
import { SCHEMA_VERSION } from '../db/migrations'
import type { Engagement } from './engagement'

export function summarise(e: Engagement): EngagementSummary {
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>
  for (const r of e.db
    .prepare<[], { g: Group; n: number }>('SELECT group_key AS g, count(*) AS n FROM respondents GROUP BY g')
    .all()) {
    byGroup[r.g] = r.n
  }
  const done = e.db
    .prepare<[], { n: number }>("SELECT count(*) AS n FROM interviews WHERE status IN ('completed', 'imported')")
    .get()!.n
  return {
    path: e.path,
    fileName: path.basename(e.path),
    schemaVersion: SCHEMA_VERSION,
    info: e.info.get(),
    counts: e.counts(),
    respondentsByGroup: byGroup,
    interviewsDone: done,
  }
}

import path from 'node:path'
import type { EngagementSummary } from '../../../shared/api/engagement'
import { GROUPS, type Group } from '../../../shared/domain/groups'
import { SCHEMA_VERSION } from '../db/migrations'
import type { Engagement } from './engagement'

/** What the app shows of an open engagement: its details, counts and sample by group. */
export function summarise(e: Engagement): EngagementSummary {
  const counted = e.respondents.countByGroup()
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g, counted[g] ?? 0])) as Record<Group, number>
  return {
    path: e.path,
    fileName: path.basename(e.path),
    schemaVersion: SCHEMA_VERSION,
    info: e.info.get(),
    counts: e.counts(),
    respondentsByGroup: byGroup,
    interviewsDone: e.interviews.countDone(),
    warnings: [...e.warnings],
    encrypted: e.encrypted,
  }
}

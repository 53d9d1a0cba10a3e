import { GROUPS, type Group } from '../../../../shared/domain/groups'
import type { GroupFloor } from '../../../../shared/domain/diagnosis/result'
import { SMALL_GROUP } from '../../../../shared/report/report-context'

/**
 * The groups the workbook breaks figures down for: three respondents or more in the diagnosis'
 * population, the report's rule. A group of one or two would point at the people in it.
 */
export function shownGroups(floors: Record<Group, GroupFloor>): ReadonlySet<Group> {
  return new Set(GROUPS.filter((g) => floors[g].n >= SMALL_GROUP))
}

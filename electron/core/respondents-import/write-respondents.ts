import type { ImportedRespondent, RespondentImportSummary } from '../../../shared/api/respondents-import'
import type { RespondentInput } from '../../../shared/domain/respondent'
import type { Engagement } from '../engagement/engagement'
import type { ProgressCallback } from '../import/write-import'
import type { PlannedRespondent, RespondentsPlan } from './plan-respondents'

/**
 * Writes a plan in one transaction: all of it lands, or none. An update changes the group and the
 * columns the file has (an empty cell empties the value), never the code; progress counts respondents.
 */
export function writeRespondents(
  e: Engagement,
  plan: RespondentsPlan,
  file: string,
  onProgress?: ProgressCallback,
): RespondentImportSummary {
  const total = plan.respondents.length
  const step = Math.max(1, Math.floor(total / 100))
  onProgress?.(0, total)
  let realNames = 0
  e.transaction(() => {
    const variableIds = plan.variables.map(
      (v) => v.existingId ?? e.variables.add({ key: v.key, name: v.name, type: v.type, options: v.options }).id,
    )
    plan.respondents.forEach((r, done) => {
      const id = writeRespondent(e, r)
      if (r.realName !== null) {
        const contact = e.identities.get(id)?.contact ?? null
        e.identities.set({ respondentId: id, realName: r.realName, contact })
        realNames++
      }
      r.values.forEach((value, i) => {
        if (value !== null || r.existingId !== null) e.variables.setValue(id, variableIds[i]!, value)
      })
      if ((done + 1) % step === 0 && done + 1 < total) onProgress?.(done + 1, total)
    })
  })
  if (total > 0) onProgress?.(total, total)
  const respondents: ImportedRespondent[] = plan.respondents.map((r) => ({
    line: r.line,
    code: r.code,
    action: r.existingId === null ? 'created' : 'updated',
    codeAssigned: r.codeAssigned,
  }))
  return {
    file,
    rows: total,
    created: respondents.filter((r) => r.action === 'created').length,
    updated: respondents.filter((r) => r.action === 'updated').length,
    codesAssigned: respondents.filter((r) => r.codeAssigned).length,
    variablesCreated: plan.variables.filter((v) => v.existingId === null).length,
    realNames,
    respondents,
    variables: plan.variables.map((v) => ({
      key: v.key,
      name: v.name,
      type: v.type,
      action: v.existingId === null ? 'created' : 'existing',
    })),
  }
}

/** Creates or updates one respondent; returns its id. */
function writeRespondent(e: Engagement, r: PlannedRespondent): string {
  const columns: Partial<RespondentInput> = { group: r.group }
  if (r.unit !== undefined) columns.unit = r.unit
  if (r.site !== undefined) columns.site = r.site
  if (r.role !== undefined) columns.role = r.role
  if (r.existingId !== null) return e.respondents.update(r.existingId, columns).id
  return e.respondents.add({ ...columns, code: r.code, group: r.group }).id
}

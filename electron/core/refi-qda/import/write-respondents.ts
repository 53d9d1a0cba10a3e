import type { VariableType, VariableValue } from '../../../../shared/domain/respondent'
import type { Engagement } from '../../engagement/engagement'
import { variableKey } from '../../respondents-import/variable-columns'
import type { ImportNotices } from './import-notices'
import { fieldVariables, planRespondents } from './project-cases'
import type { CaseValue, ProjectFile, ProjectVariable } from './project-file'
import type { projectIds } from './project-ids'

const TYPES: Record<ProjectVariable['type'], VariableType> = {
  Text: 'text',
  Boolean: 'boolean',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'date',
}

/**
 * The project's cases as respondents, with their group read from `groupVariable` ("other" when
 * there is none or its value reads as no group), unit and site from the variables so named, and
 * every other case variable as a variable of the engagement. Returns each source's respondent.
 */
export function writeRespondents(
  e: Engagement,
  p: ProjectFile,
  groupVariable: ProjectVariable | null,
  idOf: ReturnType<typeof projectIds>,
  notices: ImportNotices,
): { respondentOfSource: Map<string, string>; respondents: number; variables: number } {
  const planned = planRespondents(p, groupVariable)
  if (planned.length > 0 && !groupVariable) notices.add('noGroupVariable', { count: planned.length })
  const fields = fieldVariables(p)
  const asFields = new Set([groupVariable?.guid, fields.unit?.guid, fields.site?.guid])
  const keys = new Set<string>()
  const variables = p.variables
    .filter((v) => !asFields.has(v.guid))
    .map((v) => {
      let key = variableKey(v.name) || 'variable'
      for (let n = 2; keys.has(key); n++) key = `${variableKey(v.name) || 'variable'}_${n}`
      keys.add(key)
      return {
        source: v,
        variable: e.variables.add({ key, name: v.name || key, type: TYPES[v.type] }, idOf('variable', v.guid)),
      }
    })
  const unread = new Map<string, number>()
  const respondentOfSource = new Map<string, string>()
  for (const r of planned) {
    const respondent = e.respondents.add(
      { code: r.code, group: r.group, unit: r.unit, site: r.site },
      idOf('respondent', r.case.guid),
    )
    if (r.realName) {
      e.identities.set({ respondentId: respondent.id, realName: r.realName, contact: null })
      notices.add('caseRenamed', { name: r.realName, code: r.code })
    }
    if (r.unreadGroup !== null) unread.set(r.unreadGroup, (unread.get(r.unreadGroup) ?? 0) + 1)
    for (const { source, variable } of variables) {
      const value = r.case.values.get(source.guid)
      if (value === undefined) continue
      try {
        e.variables.setValue(respondent.id, variable.id, valueOf(variable.type, value))
      } catch {
        notices.add('variableValue', { variable: variable.name, case: r.code, value: String(value) })
      }
    }
    for (const s of r.case.sourceGuids) if (!respondentOfSource.has(s)) respondentOfSource.set(s, respondent.id)
  }
  for (const [value, count] of unread) notices.add('groupValue', { value, count, variable: groupVariable?.name ?? '' })
  return { respondentOfSource, respondents: planned.length, variables: variables.length }
}

function valueOf(type: VariableType, value: CaseValue): VariableValue {
  if (type === 'date') return String(value).slice(0, 10)
  if (type === 'text') return String(value)
  return value
}

import type { Group } from '../../../../shared/domain/groups'
import { respondentCode, RespondentCode } from '../../../../shared/domain/respondent'
import { foldName } from '../../../../shared/domain/text-folding'
import { parseGroup } from '../../import/coding-values'
import type { CaseValue, ProjectCase, ProjectFile, ProjectVariable } from './project-file'

/** A case variable that could hold the respondents' groups, with a few of its values. */
export interface GroupCandidate {
  name: string
  /** Its distinct values, the first few. */
  values: string[]
  /** How many of its distinct values read as a group (employee, manager, Direction, Clients...). */
  groupValues: number
}

const SHOWN_VALUES = 8
/** Variables that fill the respondent's own fields rather than becoming variables. */
const FIELD_NAMES: Record<string, 'unit' | 'site'> = { unit: 'unit', unite: 'unit', site: 'site' }

/** The case variables that hold values, those whose values read as groups first. */
export function groupCandidates(p: ProjectFile): GroupCandidate[] {
  return p.variables
    .map((v) => {
      const values = [...new Set(p.cases.flatMap((c) => (c.values.has(v.guid) ? [String(c.values.get(v.guid))] : [])))]
      return {
        name: v.name,
        values: values.slice(0, SHOWN_VALUES),
        groupValues: values.filter((x) => parseGroup(x) !== undefined).length,
      }
    })
    .filter((c) => c.values.length > 0)
    .sort((a, b) => b.groupValues - a.groupValues)
}

/** The variable the consultant named, matched without case or accents. */
export function variableNamed(p: ProjectFile, name: string): ProjectVariable | undefined {
  const wanted = foldName(name)
  return p.variables.find((v) => foldName(v.name) === wanted)
}

/** A case as a respondent: its code, group, unit and site, and the name kept aside when it is not a code. */
export interface PlannedRespondent {
  case: ProjectCase
  code: string
  /** The case's name, when it cannot be a respondent code: kept as the respondent's real name, never shown. */
  realName: string | null
  group: Group
  /** The group variable's value when it reads as no group (the respondent is then "other"). */
  unreadGroup: string | null
  unit: string | null
  site: string | null
}

/**
 * The respondents of the project's cases. A case named like a respondent code (R01, P-12) keeps
 * its name as code; any other name (a person's, often, in NVivo) gets the next free code and is
 * kept as the respondent's real name, which Terrain never shows in a report.
 */
export function planRespondents(p: ProjectFile, groupVariable: ProjectVariable | null): PlannedRespondent[] {
  const taken = new Set<string>()
  const fieldOf = fieldVariables(p)
  const named = p.cases.map((c) => {
    const ok = RespondentCode.safeParse(c.name)
    const code = ok.success && !taken.has(ok.data.toUpperCase()) ? ok.data : null
    if (code) taken.add(code.toUpperCase())
    return { c, code }
  })
  // The next free code, counted on from the last one given: thousands of cases stay linear.
  let n = 0
  const nextFree = (): string => {
    let candidate: string
    do candidate = respondentCode(++n)
    while (taken.has(candidate))
    return candidate
  }
  return named.map(({ c, code }) => {
    const own = code ?? nextFree()
    taken.add(own.toUpperCase())
    const raw = groupVariable ? c.values.get(groupVariable.guid) : undefined
    const group = raw === undefined ? undefined : parseGroup(String(raw))
    return {
      case: c,
      code: own,
      realName: code ? null : c.name || null,
      group: group ?? 'other',
      unreadGroup: raw !== undefined && group === undefined ? String(raw) : null,
      unit: field(c, fieldOf.unit),
      site: field(c, fieldOf.site),
    }
  })
}

/** The variables that fill a respondent's unit and site (named Unit, Unité or Site). */
export function fieldVariables(p: ProjectFile): { unit?: ProjectVariable; site?: ProjectVariable } {
  const out: { unit?: ProjectVariable; site?: ProjectVariable } = {}
  for (const v of p.variables) {
    const f = FIELD_NAMES[foldName(v.name)]
    if (f && !out[f]) out[f] = v
  }
  return out
}

function field(c: ProjectCase, v: ProjectVariable | undefined): string | null {
  const value: CaseValue | undefined = v ? c.values.get(v.guid) : undefined
  const text = value === undefined ? '' : String(value).trim()
  // A respondent's unit or site holds 120 characters; a longer one is no unit.
  return text && text.length <= 120 ? text : null
}

import type { RespondentImportProblem } from '../../../shared/api/respondents-import'
import type { Group } from '../../../shared/domain/groups'
import { nextRespondentCode, type VariableType, type VariableValue } from '../../../shared/domain/respondent'
import type { Engagement } from '../engagement/engagement'
import { inferVariableType } from './infer-variable-type'
import type { RespondentRow } from './parse-respondent-rows'
import type { RespondentHeader } from './respondent-columns'
import { lineProblem, ProblemList } from './respondent-import-problem'
import { resolveVariableColumns, type VariableColumn } from './variable-columns'
import { readVariableCell } from './variable-cell'

/** A variable column and what it will be in the engagement. */
export interface PlannedVariable {
  /** The engagement's variable's id; null for one to create. */
  existingId: string | null
  key: string
  name: string
  type: VariableType
  options: string[]
}

/** One respondent to write. */
export interface PlannedRespondent {
  line: number
  /** The engagement's respondent of this code; null for one to create. */
  existingId: string | null
  /** The engagement's spelling of the code for an update, the file's or the one given otherwise. */
  code: string
  codeAssigned: boolean
  group: Group
  /** undefined: the file has no such column, and an update leaves the value as it was. */
  unit: string | null | undefined
  site: string | null | undefined
  role: string | null | undefined
  /** Written only when the cell holds a name: an import never erases a real name. */
  realName: string | null
  /** One per planned variable, in the same order; null clears the value. */
  values: VariableValue[]
}

export interface RespondentsPlan {
  variables: PlannedVariable[]
  respondents: PlannedRespondent[]
}

/**
 * Checks the rows against the engagement and decides what to write: the respondents to update
 * (their code is already there) or create (with the next free code when theirs is empty), the
 * variables to create (of the type their column's values suggest) and every value, checked against
 * its variable's type.
 */
export function planRespondents(
  e: Engagement,
  header: RespondentHeader,
  rows: readonly RespondentRow[],
  workbook: boolean,
): { plan: RespondentsPlan; problems: ProblemList<RespondentImportProblem> } {
  const resolved = resolveVariableColumns(header.line, header.variables, e.variables.list())
  const problems = new ProblemList<RespondentImportProblem>()
  problems.add(resolved.problems)
  const variables = resolved.columns.map((c) => planVariable(c, rows))

  const taken = new Set(e.respondents.list().map((r) => r.code.toUpperCase()))
  for (const row of rows) if (row.code) taken.add(row.code.toUpperCase())

  const respondents: PlannedRespondent[] = []
  for (const row of rows) {
    const values: VariableValue[] = []
    resolved.columns.forEach((column, i) => {
      const text = row.cells[column.index] ?? ''
      const cell = readVariableCell(variables[i]!, text, workbook)
      if ('value' in cell) values.push(cell.value)
      else problems.add([lineProblem(row.line, cell.problem, { value: text, variable: column.name, ...cell.params })])
    })
    const existing = row.code ? e.respondents.byCode(row.code) : undefined
    let code = existing?.code ?? row.code
    if (!code) {
      code = nextRespondentCode(taken)
      taken.add(code)
    }
    respondents.push({
      line: row.line,
      existingId: existing?.id ?? null,
      code,
      codeAssigned: row.code === null,
      group: row.group,
      unit: row.unit,
      site: row.site,
      role: row.role,
      realName: row.realName ?? null,
      values,
    })
  }
  return { plan: { variables, respondents }, problems }
}

/** An existing variable as it is; a new one typed from its column's filled cells. */
function planVariable(column: VariableColumn, rows: readonly RespondentRow[]): PlannedVariable {
  const { existing, key, name } = column
  if (existing) return { existingId: existing.id, key, name, type: existing.type, options: existing.options }
  const filled = rows.map((r) => r.cells[column.index] ?? '').filter((c) => c !== '')
  return { existingId: null, key, name, ...inferVariableType(filled) }
}

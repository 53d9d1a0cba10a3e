import type { RetrievalVariable } from '../../../shared/api/retrieval'
import type { VariableValue } from '../../../shared/domain/respondent'
import type { Engagement } from '../engagement/engagement'
import { readJson } from '../repositories/json-column'

/** The respondent variables and the values respondents hold, for the variable filter. */
export function retrievalVariables(e: Engagement): RetrievalVariable[] {
  const values = e.db
    .prepare<[], { variable_id: string; value: string }>(
      'SELECT DISTINCT variable_id, value FROM variable_values ORDER BY variable_id, value',
    )
    .all()
  return e.variables.list().map((v) => ({
    id: v.id,
    name: v.name,
    type: v.type,
    values: values
      .filter((x) => x.variable_id === v.id)
      .map((x) => readJson<VariableValue>(x.value, null))
      .filter((x) => x !== null)
      .sort((a, b) => String(a).localeCompare(String(b), undefined, { numeric: true })),
  }))
}

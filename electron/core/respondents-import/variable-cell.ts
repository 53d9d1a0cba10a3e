import type { RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import type { Variable, VariableValue } from '../../../shared/domain/respondent'
import { foldName } from '../../../shared/domain/text-folding'
import { excelSerialDate, parseBoolean, parseIsoDate, parseNumber } from './variable-values'

/** A cell read as a value of its variable, or the reason it is not one. */
export type VariableCell =
  { value: VariableValue } | { problem: RespondentImportProblemKey; params: Record<string, string> }

/**
 * A cell as a value of a variable of the given type and options; an empty cell is null (no value).
 * A choice takes an option written in another case or without its accents in the option's own
 * spelling. In a workbook (`workbook`), a date variable also takes Excel's day numbers.
 */
export function readVariableCell(
  variable: Pick<Variable, 'type' | 'options'>,
  text: string,
  workbook: boolean,
): VariableCell {
  if (text === '') return { value: null }
  switch (variable.type) {
    case 'text':
      return { value: text }
    case 'number':
      return orProblem(parseNumber(text), 'respondentsImport.problem.notNumber')
    case 'boolean':
      return orProblem(parseBoolean(text), 'respondentsImport.problem.notBoolean')
    case 'date':
      return orProblem(
        parseIsoDate(text) ?? (workbook ? excelSerialDate(text) : undefined),
        'respondentsImport.problem.notDate',
      )
    case 'choice':
      return orProblem(
        variable.options.find((o) => o === text) ?? variable.options.find((o) => foldName(o) === foldName(text)),
        'respondentsImport.problem.notChoice',
        { options: variable.options.join(', ') },
      )
  }
}

const orProblem = (
  value: VariableValue | undefined,
  problem: RespondentImportProblemKey,
  params: Record<string, string> = {},
): VariableCell => (value === undefined ? { problem, params } : { value })

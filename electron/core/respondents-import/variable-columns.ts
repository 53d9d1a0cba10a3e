import type { RespondentImportProblem, RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import { Variable } from '../../../shared/domain/respondent'
import { foldName } from '../../../shared/domain/text-folding'
import type { VariableHeader } from './respondent-columns'
import { lineProblem } from './respondent-import-problem'

/** A variable column of the file, matched with the engagement's variable of that key or name if any. */
export interface VariableColumn extends VariableHeader {
  /** The engagement's variable; null when the import creates it. */
  existing: Variable | null
  key: string
  name: string
}

const KEY_LENGTH = Variable.shape.key.maxLength ?? 64
const NAME_LENGTH = Variable.shape.name.maxLength ?? 120

/**
 * Headers of names and contact details: such a column would keep personal data among the
 * pseudonymous variables (reports, exports), where the real-name column keeps it apart.
 */
const PERSONAL = new Set(
  [
    'first name',
    'firstname',
    'given name',
    'last name',
    'lastname',
    'surname',
    'family name',
    'prénom',
    'nom de famille',
    'email',
    'e-mail',
    'courriel',
    'phone',
    'téléphone',
    'contact',
  ].map(foldName),
)

/** A new variable's key from its header: "Années d'ancienneté" -> annees_d_anciennete. */
export function variableKey(header: string): string {
  return foldName(header)
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, KEY_LENGTH)
}

/**
 * Matches each variable column with the engagement's variables, by key or name (case, accents and
 * spacing aside): a match keeps its key, name and type. Refuses headers that cannot name a
 * variable, name personal data, or name a variable twice.
 */
export function resolveVariableColumns(
  line: number,
  headers: readonly VariableHeader[],
  variables: readonly Variable[],
): { columns: VariableColumn[]; problems: RespondentImportProblem[] } {
  const columns: VariableColumn[] = []
  const problems: RespondentImportProblem[] = []
  const seen = new Set<string>()
  for (const h of headers) {
    const folded = foldName(h.label)
    const key = variableKey(h.label)
    const existing =
      variables.find((v) => foldName(v.key) === folded || foldName(v.name) === folded) ??
      variables.find((v) => v.key === key) ??
      null
    const problem = (k: RespondentImportProblemKey, params = {}) =>
      problems.push(lineProblem(line, k, { column: h.label, ...params }))
    if (PERSONAL.has(folded)) problem('respondentsImport.problem.personalColumn')
    else if (!existing && key === '') problem('respondentsImport.problem.unnamedVariable')
    else if (!existing && h.label.length > NAME_LENGTH)
      problem('respondentsImport.problem.variableNameTooLong', { max: NAME_LENGTH })
    else if (seen.has(existing?.key ?? key)) problem('respondentsImport.problem.duplicateColumn')
    else {
      seen.add(existing?.key ?? key)
      columns.push({ ...h, existing, key: existing?.key ?? key, name: existing?.name ?? h.label })
    }
  }
  return { columns, problems }
}

import type { RespondentImportProblem } from '../../../shared/api/respondents-import'
import { foldName } from '../../../shared/domain/text-folding'
import type { TableRow } from '../import/table'
import { lineProblem } from './respondent-import-problem'

/** The columns a file of respondents may have besides its variables. */
export const RESPONDENT_COLUMNS = ['code', 'group', 'unit', 'site', 'role', 'realName'] as const
export type RespondentColumn = (typeof RESPONDENT_COLUMNS)[number]

/** Without these a row means nothing; an empty code cell is allowed (the next free code is given). */
const REQUIRED: readonly RespondentColumn[] = ['code', 'group']

/** Each column's name in English and in French, and what else a header may call it. */
const NAMES: Record<RespondentColumn, { en: string; fr: string; also?: string[] }> = {
  code: { en: 'code', fr: 'code' },
  group: { en: 'group', fr: 'groupe' },
  unit: { en: 'unit', fr: 'unité' },
  site: { en: 'site', fr: 'site' },
  role: { en: 'role', fr: 'fonction', also: ['rôle'] },
  // A column of names must never become a variable: every usual way of heading it lands here.
  realName: { en: 'real name', fr: 'nom', also: ['nom réel', 'name', 'full name', 'nom complet'] },
}

const BY_NAME = new Map<string, { column: RespondentColumn; lang: 'en' | 'fr' | 'both' }>()
for (const column of RESPONDENT_COLUMNS) {
  const { en, fr, also = [] } = NAMES[column]
  BY_NAME.set(foldName(en), { column, lang: foldName(en) === foldName(fr) ? 'both' : 'en' })
  for (const name of [fr, ...also])
    if (!BY_NAME.has(foldName(name))) BY_NAME.set(foldName(name), { column, lang: 'fr' })
}

/** A column that is none of the known ones: one respondent variable. */
export interface VariableHeader {
  index: number
  /** The header cell as the file writes it. */
  label: string
}

export interface RespondentHeader {
  line: number
  /** Where each known column is; only code and group are sure to be there. */
  index: Partial<Record<RespondentColumn, number>>
  /** Each present known column's name as the file writes it, for messages. */
  label: Partial<Record<RespondentColumn, string>>
  variables: VariableHeader[]
  /** How many cells the header spans. */
  width: number
}

/**
 * Finds the known columns in the header row (case, accents and spacing aside, English or French);
 * every other named column is a variable. A column with an empty header is a note beside the table.
 */
export function readRespondentHeader(row: TableRow): {
  header: RespondentHeader | null
  problems: RespondentImportProblem[]
} {
  const index: RespondentHeader['index'] = {}
  const label: RespondentHeader['label'] = {}
  const variables: VariableHeader[] = []
  const problems: RespondentImportProblem[] = []
  let english = 0
  let french = 0
  row.cells.forEach((cell, i) => {
    if (cell === '') return
    const known = BY_NAME.get(foldName(cell))
    if (!known) {
      variables.push({ index: i, label: cell })
      return
    }
    if (known.lang === 'en') english++
    if (known.lang === 'fr') french++
    if (index[known.column] !== undefined) {
      problems.push(lineProblem(row.line, 'respondentsImport.problem.duplicateColumn', { column: cell }))
      return
    }
    index[known.column] = i
    label[known.column] = cell
  })
  // Missing columns are named in the language the header is written in, as the consultant will type them.
  const lang = french > english ? 'fr' : 'en'
  const missing = REQUIRED.filter((c) => index[c] === undefined)
  if (missing.length > 0) {
    const columns = missing.map((c) => NAMES[c][lang]).join(', ')
    problems.push(lineProblem(row.line, 'respondentsImport.problem.missingColumns', { columns }))
  }
  // A column named twice still leaves a readable table: its rows are read too, so that one pass
  // reports everything wrong in the file.
  const header = { line: row.line, index, label, variables, width: row.cells.length }
  return { header: missing.length === 0 ? header : null, problems }
}

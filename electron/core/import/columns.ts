import type { ImportProblem } from '../../../shared/api/imports'
import { lineProblem } from './import-error'
import { foldName } from '../../../shared/domain/text-folding'
import type { TableRow } from './table'

export const COLUMNS = [
  'respondent',
  'group',
  'question',
  'excerpt',
  'code',
  'stance',
  'target',
  'valence',
  'intensity',
  'coder',
] as const
export type Column = (typeof COLUMNS)[number]

/** target is needed only by ATTR rows and intensity is optional: a file may leave their columns out. */
export const OPTIONAL: readonly Column[] = ['target', 'intensity']

/** Each column's name in English and in French, and what else a header may call it. */
const NAMES: Record<Column, { en: string; fr: string; also?: string[] }> = {
  respondent: { en: 'respondent', fr: 'répondant' },
  group: { en: 'group', fr: 'groupe' },
  question: { en: 'question', fr: 'question' },
  excerpt: { en: 'excerpt', fr: 'extrait' },
  code: { en: 'code', fr: 'code' },
  stance: { en: 'stance', fr: 'posture' },
  target: { en: 'target', fr: 'cible' },
  valence: { en: 'valence', fr: 'valence' },
  intensity: { en: 'intensity', fr: 'intensité' },
  coder: { en: 'coder', fr: 'codeur', also: ['codeuse'] },
}

// Case, accents and spacing do not matter in a header: "Répondant", "REPONDANT" and "repondant "
// agree, folded as search and filters fold (shared/domain/text-folding.ts).

const BY_NAME = new Map<string, { column: Column; lang: 'en' | 'fr' | 'both' }>()
for (const column of COLUMNS) {
  const { en, fr, also = [] } = NAMES[column]
  BY_NAME.set(foldName(en), { column, lang: foldName(en) === foldName(fr) ? 'both' : 'en' })
  for (const name of [fr, ...also])
    if (!BY_NAME.has(foldName(name))) BY_NAME.set(foldName(name), { column, lang: 'fr' })
}

export interface Header {
  line: number
  /** Where each column is; optional columns may be absent. */
  index: Partial<Record<Column, number>>
  /** Each present column's name as the file writes it, for messages. */
  label: Partial<Record<Column, string>>
  /** How many cells the header spans. */
  width: number
}

/** Finds the columns in the header row; columns it does not know are ignored (a consultant's notes). */
export function readHeader(row: TableRow): { header: Header | null; problems: ImportProblem[] } {
  const index: Header['index'] = {}
  const label: Header['label'] = {}
  const problems: ImportProblem[] = []
  let english = 0
  let french = 0
  row.cells.forEach((cell, i) => {
    const known = BY_NAME.get(foldName(cell))
    if (!known) return
    if (known.lang === 'en') english++
    if (known.lang === 'fr') french++
    if (index[known.column] !== undefined) {
      problems.push(lineProblem(row.line, 'import.problem.duplicateColumn', { column: cell }))
      return
    }
    index[known.column] = i
    label[known.column] = cell
  })
  // Missing columns are named in the language the header is written in, as the consultant will type them.
  const lang = french > english ? 'fr' : 'en'
  const missing = COLUMNS.filter((c) => index[c] === undefined && !OPTIONAL.includes(c))
  if (missing.length > 0) {
    const columns = missing.map((c) => NAMES[c][lang]).join(', ')
    problems.push(lineProblem(row.line, 'import.problem.missingColumns', { columns }))
  }
  const width = row.cells.length
  return { header: problems.length === 0 ? { line: row.line, index, label, width } : null, problems }
}

import path from 'node:path'
import type { CodebookFormat } from '../../../shared/api/codebook-transfer'

/** The format a codebook file's extension names: .json is Terrain's, .qdc (and a project's .qde or .qdpx) REFI-QDA's. */
export function codebookFormatOf(file: string): CodebookFormat | null {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.json') return 'json'
  if (extension === '.qdc' || extension === '.qde' || extension === '.qdpx') return 'qdc'
  return null
}

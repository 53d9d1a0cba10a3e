import type { RespondentImportProblem } from '../../../shared/api/respondents-import'
import { allProblems, type ProblemList } from '../import/problem-list'
import { RefusedFile } from '../import/refused-file'

export { fileProblem, lineProblem, ProblemList } from '../import/problem-list'

/** A file of respondents that was refused, with nothing written (see RefusedFile). */
export class RespondentImportError extends RefusedFile<RespondentImportProblem> {
  /** `total`: how many problems the file has, when `problems` keeps only the first. */
  constructor(file: string, problems: readonly RespondentImportProblem[], total = problems.length) {
    super(file, problems, { one: 'respondentsImport.more.one', other: 'respondentsImport.more.other' }, total)
    this.name = 'RespondentImportError'
  }
}

/** Refuses the file, file-wide problems first, then by line (the order of discovery within a line). */
export function refuseRespondents(file: string, ...lists: readonly ProblemList<RespondentImportProblem>[]): never {
  const { problems, total } = allProblems(...lists)
  throw new RespondentImportError(file, problems, total)
}

import type { RespondentImportProblem } from '../../../shared/api/respondents-import'
import { byLine } from '../import/problem-list'
import { RefusedFile } from '../import/refused-file'

export { fileProblem, lineProblem } from '../import/problem-list'

/** A file of respondents that was refused, with nothing written (see RefusedFile). */
export class RespondentImportError extends RefusedFile<RespondentImportProblem> {
  constructor(file: string, problems: readonly RespondentImportProblem[]) {
    super(file, problems, { one: 'respondentsImport.more.one', other: 'respondentsImport.more.other' })
    this.name = 'RespondentImportError'
  }
}

/** Refuses the file, file-wide problems first, then by line (the order of discovery within a line). */
export function refuseRespondents(file: string, problems: readonly RespondentImportProblem[]): never {
  throw new RespondentImportError(file, [...problems].sort(byLine))
}

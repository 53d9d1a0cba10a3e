import type { RespondentImportProblem } from '../../../shared/api/respondents-import'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { byLine, englishList } from '../import/problem-list'

export { fileProblem, lineProblem } from '../import/problem-list'

/**
 * A file of respondents that was refused, with nothing written. `problems` holds every reason,
 * ordered by line, each translatable as translate(lang, key, params). It is an INVALID_INPUT
 * TerrainError whose message lists the first problems in English, for a caller that knows
 * nothing of imports.
 */
export class RespondentImportError extends TerrainError {
  constructor(
    /** The file's name, without its folder. */
    readonly file: string,
    override readonly problems: readonly RespondentImportProblem[],
  ) {
    super('INVALID_INPUT', englishList(problems, MORE), file, problems)
    this.name = 'RespondentImportError'
  }
}

const MORE = { one: 'respondentsImport.more.one', other: 'respondentsImport.more.other' } as const

/** Refuses the file, file-wide problems first, then by line (the order of discovery within a line). */
export function refuseRespondents(file: string, problems: readonly RespondentImportProblem[]): never {
  throw new RespondentImportError(file, [...problems].sort(byLine))
}

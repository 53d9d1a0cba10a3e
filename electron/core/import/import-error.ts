import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { englishList, fileProblem } from './problem-list'

export { byLine, fileProblem, lineProblem } from './problem-list'

/**
 * A file of coded excerpts that was refused, with nothing written. `problems` holds every reason,
 * ordered by line, each translatable as translate(lang, key, params) (params.line is the line).
 * It is an INVALID_INPUT TerrainError whose message lists the first problems in English, so that
 * a caller that knows nothing of imports still shows something a consultant can act on.
 */
export class ImportError extends TerrainError {
  constructor(
    /** The file's name, without its folder. */
    readonly file: string,
    override readonly problems: readonly ImportProblem[],
  ) {
    super('INVALID_INPUT', englishList(problems, MORE), file, problems)
    this.name = 'ImportError'
  }
}

const MORE = { one: 'import.cli.more.one', other: 'import.cli.more.other' } as const

/** Refuses a whole file for one reason. */
export function refuseFile(key: ImportProblemKey, file: string): never {
  throw new ImportError(file, [fileProblem(key, file)])
}

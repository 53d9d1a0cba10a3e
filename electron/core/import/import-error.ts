import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import { fileProblem } from './problem-list'
import { RefusedFile } from './refused-file'

export { allProblems, byLine, fileProblem, lineProblem, ProblemList } from './problem-list'

/** A file of coded excerpts that was refused, with nothing written (see RefusedFile). */
export class ImportError extends RefusedFile<ImportProblem> {
  /** `total`: how many problems the file has, when `problems` keeps only the first. */
  constructor(file: string, problems: readonly ImportProblem[], total = problems.length) {
    super(file, problems, { one: 'import.cli.more.one', other: 'import.cli.more.other' }, total)
    this.name = 'ImportError'
  }
}

/** Refuses a whole file for one reason. */
export function refuseFile(key: ImportProblemKey, file: string): never {
  throw new ImportError(file, [fileProblem(key, file)])
}

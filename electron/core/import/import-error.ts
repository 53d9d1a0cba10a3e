import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import { fileProblem } from './problem-list'
import { RefusedFile } from './refused-file'

export { byLine, fileProblem, lineProblem } from './problem-list'

/** A file of coded excerpts that was refused, with nothing written (see RefusedFile). */
export class ImportError extends RefusedFile<ImportProblem> {
  constructor(file: string, problems: readonly ImportProblem[]) {
    super(file, problems, { one: 'import.cli.more.one', other: 'import.cli.more.other' })
    this.name = 'ImportError'
  }
}

/** Refuses a whole file for one reason. */
export function refuseFile(key: ImportProblemKey, file: string): never {
  throw new ImportError(file, [fileProblem(key, file)])
}

import type { MessageKey } from '../../../../shared/i18n/translate'
import { fileProblem, type FileProblem } from '../../import/problem-list'
import { RefusedFile } from '../../import/refused-file'

export type ProjectProblemKey = Extract<MessageKey, `qdpxImport.problem.${string}`>

/** A REFI-QDA project that was refused as a whole, with no engagement created. */
export class ProjectImportError extends RefusedFile<FileProblem<ProjectProblemKey>> {
  constructor(file: string, problems: readonly FileProblem<ProjectProblemKey>[]) {
    super(file, problems, { one: 'qdpxImport.more.one', other: 'qdpxImport.more.other' })
    this.name = 'ProjectImportError'
  }
}

/** Refuses the project for one reason; `params` fill the messages that quote the reader. */
export function refuseProject(key: ProjectProblemKey, file: string, params: Record<string, string> = {}): never {
  const problem = fileProblem(key, file)
  throw new ProjectImportError(file, [{ ...problem, params: { ...problem.params, ...params } }])
}

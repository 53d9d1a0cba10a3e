import type { CodebookProblem, CodebookProblemKey } from '../../../shared/api/codebook-transfer'
import { byLine, fileProblem } from '../import/problem-list'
import { RefusedFile } from '../import/refused-file'

/** A codebook file that was refused, with nothing written; its problems ordered by line. */
export class CodebookImportError extends RefusedFile<CodebookProblem> {
  constructor(file: string, problems: readonly CodebookProblem[]) {
    super(file, problems, { one: 'codebookTransfer.more.one', other: 'codebookTransfer.more.other' })
    this.name = 'CodebookImportError'
  }
}

/** Refuses the file, file-wide problems first, then by line. */
export function refuseCodebook(file: string, problems: readonly CodebookProblem[]): never {
  throw new CodebookImportError(file, [...problems].sort(byLine))
}

/** Refuses the whole file for one reason; `params` fill the messages that quote the parser. */
export function refuseCodebookFile(key: CodebookProblemKey, file: string, params: Record<string, string> = {}): never {
  const problem = fileProblem(key, file)
  return refuseCodebook(file, [{ ...problem, params: { ...problem.params, ...params } }])
}

import type { ImportProblem, ImportProblemKey } from '../../../shared/api/imports'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { translate, type Params } from '../../../shared/i18n/translate'

/** How many problems the English message lists; the `problems` array keeps them all. */
const LISTED = 20

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
    super('INVALID_INPUT', englishList(problems), file, problems)
    this.name = 'ImportError'
  }
}

/** A problem on one line of the file (the header being line 1). */
export function lineProblem(line: number, key: ImportProblemKey, params: Params = {}): ImportProblem {
  return { line, key, params: { ...params, line } }
}

/** A problem with the file as a whole. */
export function fileProblem(key: ImportProblemKey, file: string): ImportProblem {
  return { line: null, key, params: { file } }
}

/** Refuses a whole file for one reason. */
export function refuseFile(key: ImportProblemKey, file: string): never {
  throw new ImportError(file, [fileProblem(key, file)])
}

/** File-wide problems first, then by line; the order of discovery within a line. */
export function byLine(a: ImportProblem, b: ImportProblem): number {
  return (a.line ?? 0) - (b.line ?? 0)
}

function englishList(problems: readonly ImportProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => translate('en', p.key, p.params))
  const more = problems.length - LISTED
  if (more > 0)
    lines.push(translate('en', more === 1 ? 'import.cli.more.one' : 'import.cli.more.other', { count: more }))
  return lines.join('\n')
}

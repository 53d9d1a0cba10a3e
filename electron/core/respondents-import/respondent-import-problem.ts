import type { RespondentImportProblem, RespondentImportProblemKey } from '../../../shared/api/respondents-import'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { translate, type Params } from '../../../shared/i18n/translate'

/** How many problems the English message lists; the `problems` array keeps them all. */
const LISTED = 20

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
    super('INVALID_INPUT', englishList(problems), file, problems)
    this.name = 'RespondentImportError'
  }
}

/** A problem on one line of the file (the header being line 1). */
export function lineProblem(
  line: number,
  key: RespondentImportProblemKey,
  params: Params = {},
): RespondentImportProblem {
  return { line, key, params: { ...params, line } }
}

/** A problem with the file as a whole. */
export function fileProblem(key: RespondentImportProblemKey, file: string): RespondentImportProblem {
  return { line: null, key, params: { file } }
}

/** Refuses the file, file-wide problems first, then by line (the order of discovery within a line). */
export function refuseRespondents(file: string, problems: readonly RespondentImportProblem[]): never {
  throw new RespondentImportError(
    file,
    [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  )
}

function englishList(problems: readonly RespondentImportProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => translate('en', p.key, p.params))
  const more = problems.length - LISTED
  if (more > 0)
    lines.push(
      translate('en', more === 1 ? 'respondentsImport.more.one' : 'respondentsImport.more.other', { count: more }),
    )
  return lines.join('\n')
}

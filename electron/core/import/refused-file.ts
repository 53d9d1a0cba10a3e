import { TerrainError } from '../../../shared/domain/terrain-error'
import type { MessageKey } from '../../../shared/i18n/translate'
import { englishList, KEPT_PROBLEMS, moreProblems, type FileProblem } from './problem-list'

/**
 * A file an import refused, with nothing written. `problems` holds the first KEPT_PROBLEMS reasons
 * by line, each translatable as translate(lang, key, params), and when there were more, a last one
 * that says how many ("… and N more problems"); `total` counts them all. It is an INVALID_INPUT
 * TerrainError whose message lists the first problems in English, for a caller that knows nothing
 * of imports.
 */
export class RefusedFile<P extends FileProblem<MessageKey>> extends TerrainError {
  override readonly problems: readonly P[]
  /** How many problems the file has, the ones not kept included. */
  readonly total: number

  constructor(
    /** The file's name, without its folder. */
    readonly file: string,
    problems: readonly P[],
    more: { one: MessageKey; other: MessageKey },
    total = problems.length,
  ) {
    const kept = problems.slice(0, KEPT_PROBLEMS)
    // The count of the rest is a message of the import's catalogue, not one of its problems.
    const listed = total > kept.length ? [...kept, moreProblems(total - kept.length, more) as P] : kept
    super('INVALID_INPUT', englishList(kept, more, total), file, listed)
    this.problems = listed
    this.total = total
  }
}

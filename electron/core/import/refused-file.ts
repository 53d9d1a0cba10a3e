import { TerrainError } from '../../../shared/domain/terrain-error'
import type { MessageKey } from '../../../shared/i18n/translate'
import { englishList, type FileProblem } from './problem-list'

/**
 * A file an import refused, with nothing written. `problems` holds every reason, each translatable
 * as translate(lang, key, params). It is an INVALID_INPUT TerrainError whose message lists the
 * first problems in English, for a caller that knows nothing of imports.
 */
export class RefusedFile<P extends FileProblem<MessageKey>> extends TerrainError {
  constructor(
    /** The file's name, without its folder. */
    readonly file: string,
    override readonly problems: readonly P[],
    more: { one: MessageKey; other: MessageKey },
  ) {
    super('INVALID_INPUT', englishList(problems, more), file, problems)
  }
}

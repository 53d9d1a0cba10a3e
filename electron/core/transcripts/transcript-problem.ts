import type { TranscriptProblem, TranscriptProblemKey } from '../../../shared/api/transcripts'
import { TerrainError } from '../../../shared/domain/terrain-error'
import { translate, type Params } from '../../../shared/i18n/translate'

/** How many problems the English message lists; the error's `problems` keep them all. */
const LISTED = 20

/** A problem found by a parser, which does not know the file's name. */
export interface ProblemDraft {
  line: number | null
  key: TranscriptProblemKey
  params: Params
}

/** A file's contents refused by a parser; the import turns it into an INVALID_INPUT TerrainError. */
export class MalformedTranscript extends Error {
  constructor(readonly problems: readonly ProblemDraft[]) {
    super(problems.map((p) => p.key).join(', '))
    this.name = 'MalformedTranscript'
  }
}

export const problemAt = (line: number | null, key: TranscriptProblemKey, params: Params = {}): ProblemDraft => ({
  line,
  key,
  params,
})

/** Refuses the file's contents for one reason. */
export function malformed(key: TranscriptProblemKey, line: number | null = null, params: Params = {}): never {
  throw new MalformedTranscript([problemAt(line, key, params)])
}

/**
 * Refuses a transcript file, nothing written: an INVALID_INPUT TerrainError whose `problems` are
 * translatable (params carry `file`, and `line` when there is one) and whose message lists the
 * first of them in English, for a caller that knows nothing of transcripts.
 */
export function refuseTranscript(file: string, drafts: readonly ProblemDraft[]): never {
  const problems: TranscriptProblem[] = drafts.map((d) => ({
    line: d.line,
    key: d.key,
    params: d.line === null ? { ...d.params, file } : { ...d.params, file, line: d.line },
  }))
  throw new TerrainError('INVALID_INPUT', englishList(problems), file, problems)
}

function englishList(problems: readonly TranscriptProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => translate('en', p.key, p.params))
  const more = problems.length - LISTED
  if (more > 0)
    lines.push(translate('en', more === 1 ? 'transcript.more.one' : 'transcript.more.other', { count: more }))
  return lines.join('\n')
}

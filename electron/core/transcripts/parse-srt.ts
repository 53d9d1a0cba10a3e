import { cueOfBlock, type Cue } from './cue-block'
import { cuesToTurns } from './cues-to-turns'
import { captionBlocks } from './caption-blocks'
import { withoutRollingRepeats } from './rolling-captions'
import type { ParsedTranscript } from './transcript'
import { MalformedTranscript, type ProblemDraft } from './transcript-problem'
import { transcriptText } from './transcript-text'

/**
 * A SubRip caption file: numbered captions separated by blank lines, each with a timing line
 * (00:01:02,345 --> 00:01:05,000) and its text, where a "Claire Dubois: " label says who speaks.
 */
export function parseSrt(bytes: Uint8Array): ParsedTranscript {
  const problems: ProblemDraft[] = []
  const cues: Cue[] = []
  for (const block of captionBlocks(transcriptText(bytes))) {
    const cue = cueOfBlock(block, problems)
    if (cue) cues.push(cue)
  }
  if (problems.length > 0) throw new MalformedTranscript(problems)
  return { turns: cuesToTurns(withoutRollingRepeats(cues)) }
}

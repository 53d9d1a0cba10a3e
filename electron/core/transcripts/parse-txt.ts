import { paragraphsToTurns } from './paragraphs-to-turns'
import { textBlocks } from './text-blocks'
import type { ParsedTranscript } from './transcript'
import { transcriptText } from './transcript-text'

/**
 * A plain-text transcript (typed by hand, or saved from Word, Teams or Otter): paragraphs
 * separated by blank lines, with "Claire Dubois: text" turns when most of them look like that.
 */
export function parseTxt(bytes: Uint8Array): ParsedTranscript {
  return { turns: paragraphsToTurns(textBlocks(transcriptText(bytes)).map((b) => b.lines)) }
}

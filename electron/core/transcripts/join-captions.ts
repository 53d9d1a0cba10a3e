import { tidyTurnText } from './merge-turns'
import type { ParsedTurn } from './transcript'

/** A silence longer than this, after a sentence ends, closes a turn. */
export const TURN_PAUSE_MS = 2000
/** A turn this long closes at the next end of sentence: a paragraph a consultant can read and code. */
export const TURN_PARAGRAPH_CHARS = 700
/** A sentence ends with . ! ? or … (closing quotes and brackets after it allowed). */
const SENTENCE_END = /[.!?…][»"”’)\]]*$/

/**
 * The turns of a caption file from its captions: consecutive captions of one speaker, or of no
 * named speaker, are one turn until a sentence ends and then either a pause of more than two
 * seconds or a paragraph's length; a caption file without names thus reads as paragraphs, not as
 * one line per caption. A turn keeps its first caption's start and its last caption's end.
 */
export function joinCaptions(pieces: readonly ParsedTurn[]): ParsedTurn[] {
  const turns: ParsedTurn[] = []
  for (const piece of pieces) {
    const text = tidyTurnText(piece.text)
    if (text === '') continue
    const last = turns.at(-1)
    if (last && last.speaker === piece.speaker && !closes(last, piece)) {
      last.text += ' ' + text
      last.atMs ??= piece.atMs
      last.untilMs = piece.untilMs ?? last.untilMs
    } else {
      turns.push({ ...piece, text })
    }
  }
  return turns
}

function closes(turn: ParsedTurn, next: ParsedTurn): boolean {
  if (!SENTENCE_END.test(turn.text)) return false
  const pause = next.atMs !== null && turn.untilMs !== null ? next.atMs - turn.untilMs : 0
  return pause > TURN_PAUSE_MS || turn.text.length >= TURN_PARAGRAPH_CHARS
}

import type { TranscriptTurn } from '../../../shared/domain/transcript-turn'
import type { ParsedTurn } from './transcript'

/** A transcript's document text and the span of each turn in it. */
export interface ComposedTranscript {
  text: string
  turns: TranscriptTurn[]
}

/** Turns are separated by a blank line. */
export const BETWEEN_TURNS = '\n\n'

/**
 * The document text: one paragraph per turn, its words only. Speakers and times stay in the
 * turns, so that a coding never lands on a name or a timestamp; each turn's span covers its words.
 */
export function composeTranscript(
  parsed: readonly ParsedTurn[],
  interviewer: string | null = null,
): ComposedTranscript {
  const turns: TranscriptTurn[] = []
  let at = 0
  for (const t of parsed) {
    if (turns.length > 0) at += BETWEEN_TURNS.length
    turns.push({
      start: at,
      end: at + t.text.length,
      speaker: t.speaker,
      atMs: t.atMs,
      untilMs: t.untilMs,
      byInterviewer: interviewer !== null && t.speaker === interviewer,
    })
    at += t.text.length
  }
  return { text: parsed.map((t) => t.text).join(BETWEEN_TURNS), turns }
}

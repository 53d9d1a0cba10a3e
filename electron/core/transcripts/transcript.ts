/**
 * One speaker turn as a parser reads it from a file: who spoke (null when the file does not say),
 * when, in milliseconds from the start of the recording (null when the file has no times), and
 * the words alone, without the speaker's name or the timestamps.
 */
export interface ParsedTurn {
  speaker: string | null
  atMs: number | null
  untilMs: number | null
  text: string
}

/** What every transcript parser gives, whatever the file's format. */
export interface ParsedTranscript {
  turns: ParsedTurn[]
}

import { parseRecordingTime } from './recording-time'

/** A speaker label at the start of a line, and what follows it on that line. */
export interface SpeakerLabel {
  speaker: string
  atMs: number | null
  rest: string
}

// A name of one to five words (Claire Dubois, Jean-Pierre de La Fontaine, Speaker 1, Q), no sentence punctuation.
const NAME = String.raw`\p{L}[\p{L}\p{M}\p{N}'’.\-]*(?:[ \u00a0][\p{L}\p{M}\p{N}'’.\-]+){0,4}`
const TIME = String.raw`\d+:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`
/** "Claire Dubois: text", "Claire Dubois (00:01:02): text", French "Claire Dubois : text". */
const COLON_LABEL = new RegExp(String.raw`^(${NAME})(?:\s*[([]\s*(${TIME})\s*[)\]])?\s*:(?:\s+(.*))?$`, 'u')
/** "Claire Dubois   0:03" alone on its line, the words below it, as Teams' and Otter's Word exports write turns. */
const HEADING_LABEL = new RegExp(String.raw`^(${NAME})\s+[([]?(${TIME})[)\]]?$`, 'u')

/** The speaker who starts speaking on this line, if it begins with a label. */
export function speakerLabel(line: string): SpeakerLabel | null {
  const trimmed = line.trim()
  const m = COLON_LABEL.exec(trimmed) ?? HEADING_LABEL.exec(trimmed)
  if (!m) return null
  const [, name, time, rest] = m
  return { speaker: speakerName(name!), atMs: time ? parseRecordingTime(time) : null, rest: rest ?? '' }
}

/** A speaker's name as stored: one space between words, accents in NFC. */
export function speakerName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * Labels are read as speakers only when at least half of the turns a file would have start with
 * one: a lecture's "Par exemple : …" then stays in the text instead of becoming a speaker.
 */
export function labelsAreSpeakers(labelled: number, units: number): boolean {
  return labelled > 0 && labelled * 2 >= units
}

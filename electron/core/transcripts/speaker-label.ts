import { parseRecordingTime } from './recording-time'

/** A speaker label at the start of a line, and what follows it on that line. */
export interface SpeakerLabel {
  /** Null for a label that gives a time but no name ("[00:41] : text"). */
  speaker: string | null
  atMs: number | null
  rest: string
  /** "[Name] text" labels look like "[laughs] text" annotations: read only where a file is written so. */
  bracketed: boolean
}

// A name of one to five words (Claire Dubois, Jean-Pierre de La Fontaine, Speaker 1, Q), no sentence punctuation.
const NAME = String.raw`\p{L}[\p{L}\p{M}\p{N}'’.\-]*(?:[ \u00a0][\p{L}\p{M}\p{N}'’.\-]+){0,4}`
const TIME = String.raw`\d+:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`
const label = (pattern: string) => new RegExp(pattern, 'u')
/** "Claire Dubois: text", "Claire Dubois (00:01:02): text", French "Claire Dubois : text". */
const COLON_LABEL = label(String.raw`^(?<name>${NAME})(?:\s*[([]\s*(?<time>${TIME})\s*[)\]])?\s*:(?:\s+(?<rest>.*))?$`)
/** "Claire Dubois   0:03" alone on its line, the words below it, as Teams' and Otter's Word exports write turns. */
const HEADING_LABEL = label(String.raw`^(?<name>${NAME})\s+[([]?(?<time>${TIME})[)\]]?$`)
/** "[Claire Dubois] 11:02:09" alone on its line (Zoom's saved transcript), "[p1] text", "[Claire Dubois]: text". */
const BRACKET_LABEL = label(String.raw`^\[(?<name>${NAME})\](?:\s+(?<time>${TIME})$|\s*:?\s+(?<rest>.+)$|\s*:?$)`)
/** A time before the label: "[00:12] [p1] text", "(00:12) Claire: text", "[00:41] : text". */
const TIME_FIRST = label(String.raw`^[([]\s*(?<time>${TIME})\s*[)\]]\s*`)
/** ">> ALICE: text": broadcast captions mark a change of speaker with >>. */
const CHEVRONS = /^>>\s*/

/** The speaker who starts speaking on this line, if it begins with a label. */
function speakerLabel(line: string): SpeakerLabel | null {
  let text = line.trim().replace(CHEVRONS, '')
  const first = TIME_FIRST.exec(text)
  if (first) text = text.slice(first[0].length)
  const timeFirst = first?.groups?.time ? parseRecordingTime(first.groups.time) : null
  const named = COLON_LABEL.exec(text) ?? HEADING_LABEL.exec(text)
  const bracket = named ? null : BRACKET_LABEL.exec(text)
  const m = named ?? bracket
  if (m) {
    const { name, time, rest } = m.groups!
    return {
      speaker: speakerName(name!),
      atMs: time ? parseRecordingTime(time) : timeFirst,
      rest: rest ?? '',
      bracketed: bracket !== null,
    }
  }
  const unnamed = first ? /^:\s*(.*)$/.exec(text) : null
  return unnamed ? { speaker: null, atMs: timeFirst, rest: unnamed[1]!, bracketed: false } : null
}

/**
 * The labels of a file's lines. "[Name] text" labels count only where they are at least half of
 * the file's labels: in a file of "Claire: text" turns, "[rires] bon" stays words, not a speaker.
 */
export function speakerLabels(lines: readonly string[]): (SpeakerLabel | null)[] {
  const labels = lines.map(speakerLabel)
  const found = labels.filter((l) => l !== null)
  const bracketed = found.filter((l) => l.bracketed).length
  return bracketed * 2 >= found.length ? labels : labels.map((l) => (l?.bracketed ? null : l))
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

import { parseRecordingTime } from './recording-time'
import { cueSegments, type CueSegment } from './cue-text'
import type { TextBlock } from './text-blocks'
import { problemAt, type ProblemDraft } from './transcript-problem'

/** One caption of a .vtt or .srt file. */
export interface Cue {
  atMs: number
  untilMs: number
  /** The caption's text lines as written, markup included. */
  lines: string[]
  segments: CueSegment[]
}

const isTimingLine = (line: string) => line.includes('-->')

/**
 * The caption a block holds: an optional identifier line (a number in SRT, any text in WebVTT),
 * the timing line "start --> end" (WebVTT may add cue settings after the end), then the text.
 * A block without a valid timing is a problem, so that no words are silently left out.
 */
export function cueOfBlock(block: TextBlock, problems: ProblemDraft[]): Cue | null {
  const timingIndex = block.lines.slice(0, 2).findIndex(isTimingLine)
  if (timingIndex < 0) {
    problems.push(problemAt(block.line, 'transcript.problem.missingTiming'))
    return null
  }
  const line = block.line + timingIndex
  const timing = block.lines[timingIndex]!.trim()
  const [from = '', to = ''] = timing.split('-->')
  const atMs = parseRecordingTime(from)
  const untilMs = parseRecordingTime(to.trim().split(/\s+/)[0] ?? '')
  if (atMs === null || untilMs === null) {
    problems.push(problemAt(line, 'transcript.problem.badTiming', { value: timing }))
    return null
  }
  if (untilMs < atMs) {
    problems.push(problemAt(line, 'transcript.problem.endBeforeStart', { start: from.trim(), end: to.trim() }))
    return null
  }
  const lines = block.lines.slice(timingIndex + 1)
  return { atMs, untilMs, lines, segments: cueSegments(lines) }
}

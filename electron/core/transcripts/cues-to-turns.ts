import type { Cue } from './cue-block'
import { labelsAreSpeakers, speakerLabel } from './speaker-label'
import { mergeTurns } from './merge-turns'
import type { ParsedTurn } from './transcript'

/**
 * The turns of a caption file. A voice tag (Teams) names the speaker; otherwise a "Name: text"
 * label (Zoom) does, when most captions carry one, and a caption without one continues the
 * speaker before it. Consecutive captions of one speaker become one turn.
 */
export function cuesToTurns(cues: readonly Cue[]): ParsedTurn[] {
  const segments = cues.flatMap((cue) =>
    cue.segments.map((s) => ({ ...s, cue, label: s.voice === null ? speakerLabel(s.text) : null })),
  )
  const labelled = segments.filter((s) => s.voice !== null || s.label !== null).length
  const readLabels = labelsAreSpeakers(labelled, segments.length)
  const pieces: ParsedTurn[] = []
  let speaker: string | null = null
  for (const s of segments) {
    if (s.voice !== null) speaker = s.voice
    else if (readLabels && s.label) speaker = s.label.speaker
    else if (!readLabels) speaker = null
    const text = s.voice === null && readLabels && s.label ? s.label.rest : s.text
    pieces.push({ speaker, atMs: s.cue.atMs, untilMs: s.cue.untilMs, text })
  }
  return mergeTurns(pieces, ' ')
}

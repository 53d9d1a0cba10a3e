import type { Cue } from './cue-block'
import { labelsAreSpeakers, speakerLabels } from './speaker-label'
import { joinCaptions } from './join-captions'
import type { ParsedTurn } from './transcript'

/**
 * The turns of a caption file. A voice tag (Teams) names the speaker; otherwise a "Name: text"
 * label (Zoom) does, when most captions carry one, and a caption without one continues the
 * speaker before it. Consecutive captions of one speaker become turns as joinCaptions says.
 */
export function cuesToTurns(cues: readonly Cue[]): ParsedTurn[] {
  const said = cues.flatMap((cue) => cue.segments.map((s) => ({ ...s, cue })))
  const labels = speakerLabels(said.map((s) => (s.voice === null ? s.text : '')))
  const segments = said.map((s, i) => ({ ...s, label: labels[i] ?? null }))
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
  return joinCaptions(pieces)
}

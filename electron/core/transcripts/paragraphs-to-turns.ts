import { labelsAreSpeakers, speakerLabels } from './speaker-label'
import { mergeTurns } from './merge-turns'
import type { ParsedTurn } from './transcript'

/**
 * The turns of a transcript written as paragraphs (a .txt or a .docx), each paragraph given as its
 * lines. When most turns would start with a speaker label ("Claire Dubois: …", "Claire Dubois
 * (00:01:02): …"), every labelled line starts a turn of that speaker and the lines and paragraphs
 * after it, up to the next label, are still that speaker's. Otherwise each paragraph is a turn of
 * no named speaker.
 */
export function paragraphsToTurns(paragraphs: readonly (readonly string[])[]): ParsedTurn[] {
  const texts = paragraphs.flatMap((p) => p.map((text, i) => ({ text, first: i === 0 })))
  const labels = speakerLabels(texts.map((t) => t.text))
  const lines = texts.map((t, i) => ({ ...t, label: labels[i] ?? null }))
  const starts = lines.filter((l) => l.first || l.label).length
  const labelled = lines.filter((l) => l.label).length
  if (!labelsAreSpeakers(labelled, starts)) return mergeTurns(paragraphs.map(unnamed), '\n')

  const pieces: ParsedTurn[] = []
  for (const line of lines) {
    const current = pieces.at(-1)
    if (line.label) {
      pieces.push({ speaker: line.label.speaker, atMs: line.label.atMs, untilMs: null, text: line.label.rest })
    } else if (line.first || !current) {
      pieces.push({ speaker: current?.speaker ?? null, atMs: null, untilMs: null, text: line.text })
    } else {
      current.text += '\n' + line.text
    }
  }
  return mergeTurns(pieces, '\n')
}

const unnamed = (lines: readonly string[]): ParsedTurn => ({
  speaker: null,
  atMs: null,
  untilMs: null,
  text: lines.join('\n'),
})

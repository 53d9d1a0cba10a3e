import type { TranscriptPreview } from '../../../shared/api/transcripts'
import { readTranscript } from './read-transcript'
import type { ParsedTurn } from './transcript'

/**
 * What a transcript file holds, before anything is written: its speakers in the order they first
 * speak, with their turns, words and first words, and the one who is most likely the interviewer
 * (the one whose turns are most often questions; the first to speak on a tie).
 */
export function previewTranscript(filePath: string): TranscriptPreview {
  const { file, turns } = readTranscript(filePath)
  return { file, turns: turns.length, ...speakersOf(turns) }
}

export function speakersOf(turns: readonly ParsedTurn[]): Pick<TranscriptPreview, 'speakers' | 'interviewer'> {
  const by = new Map<string, { turns: number; words: number; questions: number; first: string }>()
  for (const t of turns) {
    if (!t.speaker) continue
    const s = by.get(t.speaker) ?? { turns: 0, words: 0, questions: 0, first: t.text.slice(0, 120) }
    s.turns++
    s.words += t.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    if (/\?\s*$/.test(t.text)) s.questions++
    by.set(t.speaker, s)
  }
  const speakers = [...by].map(([label, s]) => ({ label, turns: s.turns, words: s.words, first: s.first }))
  const asks = (label: string) => by.get(label)!.questions / by.get(label)!.turns
  const interviewer =
    speakers.length < 2
      ? null
      : speakers.reduce((best, s) => (asks(s.label) > asks(best.label) ? s : best), speakers[0]!).label
  return { speakers, interviewer }
}

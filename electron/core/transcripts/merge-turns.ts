import type { ParsedTurn } from './transcript'

/**
 * The turns of a transcript from the pieces a parser read (captions, paragraphs): words tidied,
 * empty pieces left out, and consecutive pieces of the same named speaker made one turn that
 * keeps the first start time and the last end time. Pieces of no named speaker stay apart.
 */
export function mergeTurns(pieces: readonly ParsedTurn[], separator: string): ParsedTurn[] {
  const turns: ParsedTurn[] = []
  for (const piece of pieces) {
    const text = tidyTurnText(piece.text)
    if (text === '') continue
    const last = turns.at(-1)
    if (last && piece.speaker !== null && last.speaker === piece.speaker) {
      last.text += separator + text
      last.atMs ??= piece.atMs
      last.untilMs = piece.untilMs ?? last.untilMs
    } else {
      turns.push({ ...piece, text })
    }
  }
  return turns
}

/** Trailing spaces and blank lines out (a blank line separates turns in the document), accents in NFC. */
export function tidyTurnText(text: string): string {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')
    .trim()
}

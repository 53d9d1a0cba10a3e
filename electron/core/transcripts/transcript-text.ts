import { decodeText, looksBinary } from '../import/decode-text'
import { malformed } from './transcript-problem'

/**
 * The text of a .txt, .vtt or .srt file: UTF-8 with or without a BOM, UTF-16 with a BOM, or
 * Windows-1252 (Notepad's "ANSI" on a French Windows); \n for every line break, accents in NFC.
 */
export function transcriptText(bytes: Uint8Array): string {
  if (looksBinary(bytes)) malformed('transcript.problem.notText')
  const text = decodeText(bytes).replace(/\r\n?/g, '\n').normalize('NFC')
  if (text.trim() === '') malformed('transcript.problem.emptyFile')
  return text
}

import { decodeText, looksBinary } from '../import/decode-text'
import { malformed } from './transcript-problem'

/**
 * The text of a .txt, .vtt or .srt file: UTF-8 with or without a BOM, UTF-16 with a BOM, or
 * Windows-1252 (Notepad's "ANSI" on a French Windows); \n for every line break, accents in NFC.
 */
export function transcriptText(bytes: Uint8Array): string {
  if (isUtf32(bytes)) malformed('transcript.problem.unsupportedEncoding', null, { encoding: 'UTF-32' })
  if (looksBinary(bytes)) malformed('transcript.problem.notText')
  const text = decodeText(bytes).replace(/\r\n?/g, '\n').normalize('NFC')
  if (text.trim() === '') malformed('transcript.problem.emptyFile')
  return text
}

/** UTF-32's byte order marks (FF FE 00 00 is never UTF-16 text: it would begin with a NUL character). */
function isUtf32(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)
}

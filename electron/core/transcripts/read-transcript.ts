import fs from 'node:fs'
import path from 'node:path'
import { TRANSCRIPT_EXTENSIONS, type TranscriptExtension } from '../../../shared/api/transcripts'
import { fail } from '../../../shared/domain/terrain-error'
import { parseDocx } from './parse-docx'
import { parseSrt } from './parse-srt'
import { parseTxt } from './parse-txt'
import { parseVtt } from './parse-vtt'
import type { ParsedTurn, ParsedTranscript } from './transcript'
import { MalformedTranscript, problemAt, refuseTranscript } from './transcript-problem'

/** A transcript file read and parsed, not yet written anywhere. */
export interface TranscriptFile {
  /** The file's name, without its folder. */
  file: string
  turns: ParsedTurn[]
}

const PARSERS: Record<TranscriptExtension, (bytes: Uint8Array) => ParsedTranscript> = {
  '.txt': parseTxt,
  '.docx': parseDocx,
  '.vtt': parseVtt,
  '.srt': parseSrt,
}

const isTranscriptExtension = (ext: string): ext is TranscriptExtension =>
  (TRANSCRIPT_EXTENSIONS as readonly string[]).includes(ext)

/**
 * Reads a transcript file by its extension (.txt, .docx, .vtt, .srt). A file that is missing is
 * a FILE_MISSING TerrainError; one that cannot be read, is empty, malformed or holds no words is
 * refused with an INVALID_INPUT TerrainError listing its problems.
 */
export function readTranscript(filePath: string): TranscriptFile {
  const file = path.basename(filePath)
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the transcript.`, absolute)
  const extension = path.extname(filePath).toLowerCase()
  if (!isTranscriptExtension(extension)) refuseTranscript(file, [problemAt(null, 'transcript.problem.unsupportedFile')])
  const bytes = readBytes(absolute, file)
  if (bytes.length === 0) refuseTranscript(file, [problemAt(null, 'transcript.problem.emptyFile')])
  let parsed: ParsedTranscript
  try {
    parsed = PARSERS[extension](bytes)
  } catch (err) {
    if (err instanceof MalformedTranscript) refuseTranscript(file, err.problems)
    throw err
  }
  if (parsed.turns.length === 0) refuseTranscript(file, [problemAt(null, 'transcript.problem.noWords')])
  return { file, turns: parsed.turns }
}

function readBytes(absolute: string, file: string): Uint8Array {
  try {
    return fs.readFileSync(absolute)
  } catch {
    // A folder, a file without read permission, a file locked by another program.
    return refuseTranscript(file, [problemAt(null, 'transcript.problem.unreadable')])
  }
}

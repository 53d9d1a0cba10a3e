import fs from 'node:fs'
import path from 'node:path'
import { TRANSCRIPT_EXTENSIONS, type TranscriptExtension } from '../../../shared/api/transcripts'
import { fail } from '../../../shared/domain/terrain-error'
import { guardedFileSize, readGuardedFile, UnreadableFile } from '../files/guarded-file'
import { MAX_DOCUMENT_CHARS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'
import { BETWEEN_TURNS } from './compose-transcript'
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

type TextExtension = Exclude<TranscriptExtension, '.docx'>

/** Formats read whole as text; a .docx is streamed from its archive instead. */
const TEXT_PARSERS: Record<TextExtension, (bytes: Uint8Array) => ParsedTranscript> = {
  '.txt': parseTxt,
  '.vtt': parseVtt,
  '.srt': parseSrt,
}

const isTranscriptExtension = (ext: string): ext is TranscriptExtension =>
  (TRANSCRIPT_EXTENSIONS as readonly string[]).includes(ext)

/**
 * Reads a transcript file by its extension (.txt, .docx, .vtt, .srt). A file that is missing is
 * a FILE_MISSING TerrainError; one that cannot be read, is empty, malformed or holds no words is
 * refused with an INVALID_INPUT TerrainError listing its problems; one past a limit of
 * ../shared/LIMITS.md (its size, its archive, its document's characters) with a LimitRefusal.
 */
export function readTranscript(filePath: string): TranscriptFile {
  const file = path.basename(filePath)
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the transcript.`, absolute)
  const extension = path.extname(filePath).toLowerCase()
  if (!isTranscriptExtension(extension)) refuseTranscript(file, [problemAt(null, 'transcript.problem.unsupportedFile')])
  const size = sizeOf(absolute, file)
  if (size === 0) refuseTranscript(file, [problemAt(null, 'transcript.problem.emptyFile')])
  let parsed: ParsedTranscript
  try {
    parsed = extension === '.docx' ? parseDocx(absolute, file) : TEXT_PARSERS[extension](readBytes(absolute, file))
  } catch (err) {
    if (err instanceof MalformedTranscript) refuseTranscript(file, err.problems)
    if (err instanceof UnreadableFile) unreadable(file)
    throw err
  }
  if (parsed.turns.length === 0) refuseTranscript(file, [problemAt(null, 'transcript.problem.noWords')])
  const chars = documentLength(parsed.turns)
  if (chars > MAX_DOCUMENT_CHARS) refuseLimit('MAX_DOCUMENT_CHARS', file, chars)
  return { file, turns: parsed.turns }
}

/** The length of the document the turns make (compose-transcript.ts), before it is made. */
function documentLength(turns: readonly ParsedTurn[]): number {
  return turns.reduce((n, t) => n + t.text.length, 0) + BETWEEN_TURNS.length * (turns.length - 1)
}

function sizeOf(absolute: string, file: string): number {
  try {
    return guardedFileSize(absolute, file)
  } catch (err) {
    if (err instanceof UnreadableFile) unreadable(file)
    throw err
  }
}

function readBytes(absolute: string, file: string): Uint8Array {
  try {
    return readGuardedFile(absolute, file)
  } catch (err) {
    if (err instanceof UnreadableFile) unreadable(file)
    throw err
  }
}

// A folder, a file without read permission, a file locked by another program.
const unreadable = (file: string): never => refuseTranscript(file, [problemAt(null, 'transcript.problem.unreadable')])

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { withArchive, type GuardedArchive } from '../../files/guarded-archive'
import { decodeUnicode } from '../../files/unicode-text'
import { MAX_DOCUMENT_CHARS, MAX_FILE_BYTES } from '../../files/limits'
import { LimitRefusal } from '../../files/refuse-limit'
import { xmlEvents } from '../../files/xml-events'
import { docxParagraphs } from '../../transcripts/docx-paragraphs'
import type { ZipEntry } from '../../files/zip-directory'
import type { SourceProblem } from './project-file'
import type { RawText } from './position-counting'

export type SourceText = RawText | { problem: SourceProblem; path: string }

/** Bytes a text of MAX_DOCUMENT_CHARS can take at most (four per character in UTF-8, and a BOM). */
const MAX_TEXT_BYTES = MAX_DOCUMENT_CHARS * 4 + 4

/**
 * A source's text from its path in the project: `internal://name`, in sources/ (either case) or
 * at the root. A path outside the archive (relative://, absolute://) is never followed: a project
 * must not make Terrain read the computer's files. UTF-8 or UTF-16 with a BOM, never a guess.
 */
export function internalText(archive: GuardedArchive, rawPath: string, used: Set<string>): SourceText {
  const entry = internalEntry(archive, rawPath)
  if ('problem' in entry) return entry
  if (!firstUse(entry, used)) return { problem: 'sharedFile', path: rawPath }
  if (entry.uncompressedSize > MAX_TEXT_BYTES) return { problem: 'tooLong', path: rawPath }
  return decodedText(bytesOf(archive, entry), rawPath) ?? { problem: 'notUnicode', path: rawPath }
}

/** The text of a Word source (richTextPath), its paragraphs one per line, when no plain text is given. */
export function docxText(archive: GuardedArchive, rawPath: string, file: string, used: Set<string>): SourceText {
  const entry = internalEntry(archive, rawPath)
  if ('problem' in entry) return entry
  if (!firstUse(entry, used)) return { problem: 'sharedFile', path: rawPath }
  if (entry.uncompressedSize > MAX_FILE_BYTES) return { problem: 'tooLong', path: rawPath }
  // The guarded archive reads files: the inner .docx is read from a private copy, removed after.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-qdpx-'))
  try {
    const inner = path.join(dir, 'source.docx')
    fs.writeFileSync(inner, bytesOf(archive, entry), { mode: 0o600 })
    const paragraphs = withArchive(inner, file, (docx) => {
      const main = docx.find('word/document.xml')
      return main ? docxParagraphs(xmlEvents(docx.chunks(main), file), file) : null
    })
    if (!paragraphs) return { problem: 'badDocx', path: rawPath }
    return checkedLength({ text: paragraphs.join('\n'), hadBom: false }, rawPath)
  } catch (e) {
    if (e instanceof LimitRefusal) throw e
    return { problem: 'badDocx', path: rawPath }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A text given inside the project (PlainTextContent). An XML reader turns every CRLF into LF, so
 * the tool's own text may have had either: its line ends are read as CRLF, which lets the
 * position counting try both (a CRLF as one or as two).
 */
export const inlineText = (text: string, rawPath: string): SourceText =>
  checkedLength({ text: text.replace(/\r?\n/g, '\r\n'), hadBom: false, lineEndsUnknown: true }, rawPath)

/**
 * Each file of the archive is the text of one source or note at most: a project naming one file a
 * thousand times would otherwise write a thousand copies of it, past anything its size announces.
 */
function firstUse(entry: ZipEntry, used: Set<string>): boolean {
  const name = entry.name.toLowerCase()
  if (used.has(name)) return false
  used.add(name)
  return true
}

function internalEntry(archive: GuardedArchive, rawPath: string): ZipEntry | { problem: SourceProblem; path: string } {
  const m = /^internal:\/\/\/?(.+)$/i.exec(rawPath.trim())
  if (!m) return { problem: 'outsideProject', path: rawPath }
  const name = decodeURIComponentSafe(m[1]!)
  const entry = archive.find(`sources/${name}`) ?? archive.find(name)
  return entry ?? { problem: 'missingFile', path: rawPath }
}

/**
 * An entry's bytes, gathered as they are read: memory grows with what the entry really holds,
 * never with the size it declares (a tiny archive may declare 200 MB).
 */
export function bytesOf(archive: GuardedArchive, entry: ZipEntry): Uint8Array {
  const chunks = [...archive.chunks(entry)]
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
}

function decodedText(bytes: Uint8Array, rawPath: string): SourceText | null {
  const hadBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  const text = decodeUnicode(bytes)
  if (text === null) return null
  return checkedLength({ text: text.replace(/^\uFEFF/, ''), hadBom }, rawPath)
}

function checkedLength(raw: RawText, rawPath: string): SourceText {
  return raw.text.length > MAX_DOCUMENT_CHARS ? { problem: 'tooLong', path: rawPath } : raw
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

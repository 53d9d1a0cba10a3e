import fs from 'node:fs'
import path from 'node:path'
import type { Language } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { fileChunks, readGuardedFile, UnreadableFile } from '../files/guarded-file'
import { decodeUnicode } from '../files/unicode-text'
import { xmlEvents } from '../files/xml-events'
import { DamagedArchive, withArchive } from '../files/guarded-archive'
import { refuseCodebookFile } from './codebook-import-error'
import { checkCodebookLimits, countedCodeElements } from './codebook-limits'
import { codebookFormatOf } from './codebook-format'
import type { IncomingCodebook } from './incoming-codebook'
import { parseCodebookJson } from './parse-codebook-json'
import { parseQdc } from './parse-qdc'

/**
 * Reads a codebook file by its extension, within ../shared/LIMITS.md (its size, and for a .qdc
 * the guarded XML reader's limits; then the codebook's codes, depth and lengths). Either format is
 * UTF-8 or UTF-16, never a guess: a JSON file loses a BOM and its CR line ends, a .qdc is streamed
 * through the XML reader. A file that cannot be read or parsed is refused with a
 * CodebookImportError, one past a limit with a LimitRefusal, a missing one is FILE_MISSING. `lang`
 * is the engagement's: the language of a .qdc's names.
 */
export function readCodebookFile(filePath: string, lang: Language): IncomingCodebook {
  const file = path.basename(filePath)
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the codebook file.`, absolute)
  const format = codebookFormatOf(filePath) ?? refuseCodebookFile('codebookTransfer.problem.unsupportedFile', file)
  let incoming: IncomingCodebook
  try {
    incoming =
      format === 'json'
        ? parseCodebookJson(jsonText(readGuardedFile(absolute, file), file), file)
        : /\.qdpx$/i.test(file)
          ? projectCodebook(absolute, file, lang)
          : parseQdc(countedCodeElements(xmlEvents(fileChunks(absolute, file), file), file), file, lang)
  } catch (e) {
    if (e instanceof UnreadableFile) return refuseCodebookFile('codebookTransfer.problem.unreadable', file)
    if (e instanceof DamagedArchive) return refuseCodebookFile('codebookTransfer.problem.notZip', file)
    throw e
  }
  checkCodebookLimits(incoming)
  return incoming
}

/**
 * The codebook of a REFI-QDA project (.qdpx): the project's .qde inside the archive, read through
 * the guarded archive and XML readers (the archive's limits first, then the XML's).
 */
function projectCodebook(absolute: string, file: string, lang: Language): IncomingCodebook {
  return withArchive(absolute, file, (archive) => {
    const qde =
      archive.find('project.qde') ??
      archive.names.map((n) => archive.find(n)!).find((e) => /^[^/]+\.qde$/i.test(e.name)) ??
      refuseCodebookFile('codebookTransfer.problem.noProject', file)
    return parseQdc(countedCodeElements(xmlEvents(archive.chunks(qde), file), file), file, lang)
  })
}

function jsonText(bytes: Uint8Array, file: string): string {
  const text =
    decodeUnicode(bytes) ??
    refuseCodebookFile('codebookTransfer.problem.notJson', file, { detail: 'text that is not valid UTF-8' })
  return text.replace(/\r\n?/g, '\n')
}

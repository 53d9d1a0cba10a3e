import fs from 'node:fs'
import path from 'node:path'
import type { Language } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { decodeText } from '../import/decode-text'
import { refuseCodebookFile } from './codebook-import-error'
import { codebookFormatOf } from './codebook-format'
import type { IncomingCodebook } from './incoming-codebook'
import { parseCodebookJson } from './parse-codebook-json'
import { parseQdc } from './parse-qdc'

/**
 * Reads a codebook file by its extension. The text loses a BOM (QualCoder writes one) and its CR
 * line ends; a file that cannot be read or parsed is refused with a CodebookImportError, a missing
 * one is FILE_MISSING. `lang` is the engagement's: the language of a .qdc's names.
 */
export function readCodebookFile(filePath: string, lang: Language): IncomingCodebook {
  const file = path.basename(filePath)
  const absolute = path.resolve(filePath)
  if (!fs.existsSync(absolute))
    fail('FILE_MISSING', `${absolute} does not exist. Check the path of the codebook file.`, absolute)
  const format = codebookFormatOf(filePath) ?? refuseCodebookFile('codebookTransfer.problem.unsupportedFile', file)
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(absolute)
  } catch {
    return refuseCodebookFile('codebookTransfer.problem.unreadable', file)
  }
  const text = decodeText(bytes).replace(/\r\n?/g, '\n')
  return format === 'json' ? parseCodebookJson(text, file) : parseQdc(text, file, lang)
}

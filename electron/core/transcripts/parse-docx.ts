import { strFromU8, unzipSync } from 'fflate'
import { MalformedXml } from '../import/xml-scanner'
import { docxParagraphs } from './docx-paragraphs'
import { paragraphsToTurns } from './paragraphs-to-turns'
import type { ParsedTranscript } from './transcript'
import { malformed } from './transcript-problem'

const MAIN_PART = 'word/document.xml'

/**
 * A Word transcript: the paragraphs of its main part, a paragraph that starts with
 * "Claire Dubois:" or "Claire Dubois (00:01:02):" being a turn of that speaker (when most do).
 * Accents, smart quotes and tabs are kept as Word wrote them.
 */
export function parseDocx(bytes: Uint8Array): ParsedTranscript {
  let paragraphs: string[]
  try {
    paragraphs = docxParagraphs(mainPart(bytes))
  } catch (err) {
    if (err instanceof MalformedXml) malformed('transcript.problem.badDocx')
    throw err
  }
  return { turns: paragraphsToTurns(paragraphs.filter((p) => p.trim() !== '').map((p) => p.split('\n'))) }
}

/** word/document.xml, unzipped alone; an old .doc, a password-protected file or a damaged one has none. */
function mainPart(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.toLowerCase() === MAIN_PART })
  } catch {
    return malformed('transcript.problem.badDocx')
  }
  const data = Object.values(files)[0] ?? malformed('transcript.problem.badDocx')
  return strFromU8(data)
}

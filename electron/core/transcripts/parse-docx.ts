import { TerrainError } from '../../../shared/domain/terrain-error'
import { withArchive } from '../files/guarded-archive'
import { xmlEvents } from '../files/xml-events'
import { docxParagraphs } from './docx-paragraphs'
import { paragraphsToTurns } from './paragraphs-to-turns'
import type { ParsedTranscript } from './transcript'
import { MalformedTranscript, malformed } from './transcript-problem'

const MAIN_PART = 'word/document.xml'

/**
 * A Word transcript: the paragraphs of its main part, a paragraph that starts with
 * "Claire Dubois:" or "Claire Dubois (00:01:02):" being a turn of that speaker (when most do).
 * Accents, smart quotes and tabs are kept as Word wrote them. The package and its main part are
 * read through the guarded archive and XML readers: a limit passed is a LimitRefusal for `file`,
 * anything else wrong (not a ZIP, no main part, broken XML) the badDocx problem.
 */
export function parseDocx(absolute: string, file: string): ParsedTranscript {
  let paragraphs: string[]
  try {
    paragraphs = withArchive(absolute, file, (archive) => {
      // An old .doc renamed, a password-protected file (not a ZIP) or a damaged one has no main part.
      const main = archive.find(MAIN_PART) ?? malformed('transcript.problem.badDocx')
      return docxParagraphs(xmlEvents(archive.chunks(main), file), file)
    })
  } catch (err) {
    if (err instanceof TerrainError || err instanceof MalformedTranscript) throw err
    return malformed('transcript.problem.badDocx')
  }
  return { turns: paragraphsToTurns(paragraphs.filter((p) => p.trim() !== '').map((p) => p.split('\n'))) }
}

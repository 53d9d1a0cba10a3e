import type { XmlEvent } from '../files/xml-events'
import { MAX_DOCUMENT_CHARS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'

/**
 * Speaker labels and empty paragraphs leave the text when it becomes turns, so the exact count is
 * made on the document (read-transcript.ts); this looser bound stops, before it fills memory, a
 * text far past the limit.
 */
const MAX_PARAGRAPH_CHARS = 2 * MAX_DOCUMENT_CHARS

/**
 * The text of each paragraph (w:p) of a Word document's word/document.xml, in document order (a
 * text box's paragraphs just before the paragraph that holds it): the text runs (w:t), tabs as \t,
 * line breaks (w:br, w:cr) as \n. Deleted revisions (w:delText)
 * and field codes (w:instrText) are not text; a drawing's fallback copy (mc:Fallback) is skipped
 * so that a text box is not read twice. Text past twice MAX_DOCUMENT_CHARS refuses `file`.
 */
export function docxParagraphs(events: Iterable<XmlEvent>, file: string): string[] {
  const done: string[] = []
  // A text box's paragraphs sit inside a run of the paragraph around them.
  const open: string[] = []
  let inRun = 0
  let inText = 0
  let inFallback = 0
  let chars = 0
  const append = (s: string) => {
    if (open.length === 0) return
    chars += s.length
    if (chars > MAX_PARAGRAPH_CHARS) refuseLimit('MAX_DOCUMENT_CHARS', file, chars)
    open[open.length - 1] += s
  }
  for (const ev of events) {
    if (ev.kind === 'open') {
      if (ev.name === 'Fallback' && !ev.selfClosing) inFallback++
      if (inFallback > 0) continue
      if (ev.name === 'p' && !ev.selfClosing) open.push('')
      else if (ev.name === 'r' && !ev.selfClosing) inRun++
      else if (ev.name === 't' && !ev.selfClosing) inText++
      else if (inRun > 0 && ev.name === 'tab') append('\t')
      else if (inRun > 0 && (ev.name === 'br' || ev.name === 'cr')) append('\n')
      else if (inRun > 0 && ev.name === 'noBreakHyphen') append('-')
    } else if (ev.kind === 'close') {
      if (ev.name === 'Fallback') inFallback--
      if (inFallback > 0) continue
      if (ev.name === 'p' && open.length > 0) done.push(open.pop()!)
      else if (ev.name === 'r') inRun = Math.max(0, inRun - 1)
      else if (ev.name === 't') inText = Math.max(0, inText - 1)
    } else if (inText > 0 && inFallback === 0) {
      append(ev.text)
    }
  }
  return done
}

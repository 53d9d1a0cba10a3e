import { scanXml } from '../import/xml-scanner'

/**
 * The text of each paragraph (w:p) of a Word document's word/document.xml, in document order (a
 * text box's paragraphs just before the paragraph that holds it): the text runs (w:t), tabs as \t,
 * line breaks (w:br, w:cr) as \n. Deleted revisions (w:delText)
 * and field codes (w:instrText) are not text; a drawing's fallback copy (mc:Fallback) is skipped
 * so that a text box is not read twice. Throws MalformedXml on text that is not XML.
 */
export function docxParagraphs(xml: string): string[] {
  const done: string[] = []
  // A text box's paragraphs sit inside a run of the paragraph around them.
  const open: string[] = []
  let inRun = 0
  let inText = 0
  let inFallback = 0
  const append = (s: string) => {
    if (open.length > 0) open[open.length - 1] += s
  }
  for (const ev of scanXml(xml)) {
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

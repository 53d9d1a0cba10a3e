import { Footer, Header, PageNumber, Paragraph, Tab, TextRun } from 'docx'
import { STYLE } from './word-styles'
import { COLOR, pt } from './word-theme'
import type { WordContext } from './word-context'

/**
 * The running header, as the PDF's: the client on the left and the section's title on the right.
 * Each report section is a Word section with its own header, the title written in it: a STYLEREF
 * field would follow edits to the headings in Word, but LibreOffice (7.4) prints the field's
 * stored text on every page, one section's title over the whole report.
 */
export function runningHeader(c: WordContext, sectionTitle: string | null): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.runningHead,
        children: [
          ...c.runs(c.doc.meta.client),
          ...(sectionTitle ? [new TextRun({ children: [new Tab()] }), ...c.runs(sectionTitle)] : []),
        ],
      }),
    ],
  })
}

/** "Confidential" on the left, "page / pages" on the right, as in the PDF's footer. */
export function runningFooter(c: WordContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.runningHead,
        children: [
          new TextRun({ text: c.text(c.t('report.confidential')), color: COLOR.faint, size: pt(8) }),
          new TextRun({ children: [new Tab(), PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  })
}

import {
  Bookmark,
  BookmarkEnd,
  BookmarkStart,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from 'docx'
import type { ReportSection } from '../../../../shared/report/report-document'
import { STYLE } from './word-styles'
import { TEXT_WIDTH } from './word-theme'
import type { WordContext } from './word-context'

/**
 * The bookmark on a section's heading. "_Toc" as Word names its own: hidden from the Bookmark
 * dialog, kept when a table of contents is regenerated; Word allows 40 characters, letters,
 * digits and underscores.
 */
export function bookmarkOf(section: ReportSection, index: number): string {
  return `_Toc${String(index + 1).padStart(2, '0')}_${section.id.replace(/\W/g, '_')}`.slice(0, 40)
}

/**
 * A bookmark with an id of its own. docx (9.5) numbers each Bookmark with a counter of its own, so
 * every bookmark of a document gets w:id 1, and a reader may keep only one of them: the start
 * and end are set again here with the id given.
 */
function numberedBookmark(name: string, id: number, children: ParagraphChild[]): Bookmark {
  const bookmark = new Bookmark({ id: name, children })
  return Object.assign(bookmark, { start: new BookmarkStart(name, id), end: new BookmarkEnd(id) })
}

/** A section's Heading 1, its title inside the bookmark the contents point at. */
export function sectionHeading(section: ReportSection, index: number, c: WordContext): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [numberedBookmark(bookmarkOf(section, index), index + 1, c.runs(section.title))],
  })
}

/**
 * The contents written out, one line per section: its title, a link to its heading, and its page
 * as a PAGEREF field to the heading's bookmark. Word's own TOC field would stay empty until someone
 * updates it; these entries are there from the start, and the document asks Word to update its
 * fields on opening (settings updateFields) so that the page numbers are filled in.
 */
export function contentsParagraphs(sections: ReportSection[], c: WordContext): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: c.runs(c.t('report.toc')) }),
    ...sections.map((s, i) => {
      const bookmark = bookmarkOf(s, i)
      return new Paragraph({
        style: STYLE.toc,
        // Dots to the number, as Word's own contents: the PDF's rule under each line would be one rule under
        // them all in Word, which draws a border once for a run of paragraphs that share it.
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
        children: [
          new InternalHyperlink({ anchor: bookmark, children: c.runs(s.title) }),
          new TextRun({ children: [new Tab()] }),
          new PageReference(bookmark, { hyperlink: true }),
        ],
      })
    }),
  ]
}

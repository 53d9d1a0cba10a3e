import { Document, Packer, type ISectionOptions } from 'docx'
import type { DeliverableSource } from '../deliverable-source'
import { contentsParagraphs, sectionHeading } from './contents'
import { withUniqueDrawingIds } from './drawing-ids'
import { blockContent } from './report-blocks'
import { runningFooter, runningHeader } from './page-frame'
import { titlePageSection } from './title-page'
import { WordContext } from './word-context'
import { reportNumbering } from './word-numbering'
import { reportStyles } from './word-styles'
import { mm, PAGE } from './word-theme'

const A4_PAGE = {
  size: { width: PAGE.width, height: PAGE.height },
  margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: mm(12), footer: mm(11) },
}

/**
 * The client report as an editable Word document, from the report model the PDF is built from:
 * a title page, the contents with page numbers, then each section under a Heading 1 with its
 * paragraphs, tables, charts and verbatims.
 */
export async function buildDocx(src: DeliverableSource): Promise<Buffer> {
  const doc = src.doc
  const c = new WordContext(doc)
  const figures = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure').length
  let drawn = 0
  // Drawing the charts is most of the time; each one drawn is a step, where a cancel is seen too.
  const figureDrawn = () => src.step((0.9 * ++drawn) / Math.max(1, figures))
  src.step(0)
  // A Word section per report section: each starts a page and has its title in its header.
  const framed = (sectionTitle: string | null, children: ISectionOptions['children']): ISectionOptions => ({
    properties: { page: A4_PAGE },
    headers: { default: runningHeader(c, sectionTitle) },
    footers: { default: runningFooter(c) },
    children,
  })
  const chapters = doc.sections.map((s, i) =>
    framed(s.title, [
      sectionHeading(s, i, c),
      ...s.blocks.flatMap((b) => {
        const content = blockContent(b, c)
        if (b.kind === 'figure') figureDrawn()
        return content
      }),
    ]),
  )
  const word = new Document({
    title: `${doc.meta.client} · ${doc.meta.title}`,
    subject: doc.meta.title,
    creator: doc.meta.consultants.join(', '),
    lastModifiedBy: doc.meta.consultants.join(', '),
    description: c.t('report.confidential'),
    features: { updateFields: true },
    styles: reportStyles(doc.lang),
    numbering: reportNumbering(),
    sections: [titlePageSection(c), framed(null, contentsParagraphs(doc.sections, c)), ...chapters],
  })
  const buffer = withUniqueDrawingIds(await Packer.toBuffer(word))
  src.step(1)
  return buffer
}

import {
  Footer,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Paragraph,
  Tab,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type ISectionOptions,
} from 'docx'
import { coverBackground } from './cover-background'
import { STYLE } from './word-styles'
import { mm } from './word-theme'
import type { WordContext } from './word-context'

const A4 = { width: 210, height: 297 }
/** A4 in the 96-per-inch pixels docx sizes pictures in. */
const px = (v: number) => Math.round((v / 25.4) * 96)

/**
 * The title page, a section of its own with no running header: "Confidential", the title, the
 * client, and at its foot the consultants and the date, white on the PDF's dark page.
 */
export function titlePageSection(c: WordContext): ISectionOptions {
  const m = c.doc.meta
  const background = new ImageRun({
    type: 'png',
    data: coverBackground(A4.width, A4.height, 3),
    transformation: { width: px(A4.width), height: px(A4.height) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: 0 },
      behindDocument: true,
      allowOverlap: true,
      wrap: { type: TextWrappingType.NONE },
    },
    altText: { name: 'cover', description: '' },
  })
  const by = m.consultants.length ? c.t('report.by', { consultants: m.consultants.join(', ') }) : ''
  return {
    properties: {
      page: {
        size: { width: mm(A4.width), height: mm(A4.height) },
        margin: { top: mm(34), right: mm(22), bottom: mm(40), left: mm(22), header: mm(10), footer: mm(26) },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: STYLE.coverFoot,
            children: [...c.runs(by), new TextRun({ children: [new Tab()] }), ...c.runs(m.date)],
          }),
        ],
      }),
    },
    children: [
      new Paragraph({ style: STYLE.coverKicker, children: [background, ...c.runs(c.t('report.confidential'))] }),
      new Paragraph({ style: STYLE.coverTitle, children: c.runs(m.title) }),
      new Paragraph({ style: STYLE.coverClient, children: c.runs(c.t('report.preparedFor', { client: m.client })) }),
    ],
  }
}

import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx'
import type { Block } from '../../../../shared/report/report-document'
import { chartPicture } from './chart-picture/chart-picture'
import { STYLE } from './word-styles'
import type { WordContext } from './word-context'

type Figure = Extract<Block, { kind: 'figure' }>

/**
 * A figure: its chart as a picture (SVG, with the PNG older Office and LibreOffice show), kept on
 * the page of its caption; under it the caption, and the note in italics on a line of its own.
 * At 96 dpi the chart's 640 pixels are the page's 170 mm of text, as in the PDF.
 */
export function figureParagraphs(b: Figure, c: WordContext): Paragraph[] {
  const picture = chartPicture(b.option, b.height)
  const caption = c.text(b.caption)
  const image = new ImageRun({
    type: 'svg',
    data: picture.svg,
    fallback: { type: 'png', data: picture.png },
    transformation: { width: picture.width, height: picture.height },
    altText: { name: b.id, title: caption, description: caption },
  })
  return [
    new Paragraph({ style: STYLE.figure, alignment: AlignmentType.CENTER, children: [image] }),
    new Paragraph({
      style: STYLE.caption,
      children: [
        ...c.runs(b.caption),
        ...(b.note ? [new TextRun({ text: c.text(b.note), italics: true, break: 1 })] : []),
      ],
    }),
  ]
}

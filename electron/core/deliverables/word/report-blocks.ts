import { HeadingLevel, Paragraph, type Table } from 'docx'
import type { Block } from '../../../../shared/report/report-document'
import { figureParagraphs } from './word-figure'
import { quoteParagraphs } from './word-quotes'
import { keyFiguresTable, reportTable } from './word-table'
import { NUMBERING } from './word-numbering'
import { STYLE } from './word-styles'
import { mm, pt } from './word-theme'
import type { WordContext } from './word-context'

const TONE_STYLE = { lead: STYLE.lead, note: STYLE.note, edited: STYLE.edited } as const

/** A gap after a table, which also keeps two tables in a row from becoming one. */
const afterTable = () => new Paragraph({ spacing: { before: 0, after: mm(2) }, run: { size: pt(4) } })

/** One block of a section as Word paragraphs and tables, block by block as the PDF renders it (render-html.ts). */
export function blockContent(b: Block, c: WordContext): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [new Paragraph({ style: b.tone ? TONE_STYLE[b.tone] : undefined, children: c.runs(b.text) })]
    case 'h2':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: c.runs(b.text) })]
    case 'list': {
      const instance = c.nextList()
      return b.items.map(
        (item, i) =>
          new Paragraph({
            style: 'ListParagraph',
            numbering: { reference: b.ordered ? NUMBERING.ordered : NUMBERING.bullet, level: 0, instance },
            // The list's last item keeps the PDF's space after a list.
            spacing: i === b.items.length - 1 ? { after: mm(4) } : undefined,
            children: c.runs(item),
          }),
      )
    }
    case 'quotes':
      return quoteParagraphs(b, c)
    case 'keyfigures':
      return [keyFiguresTable(b, c), afterTable()]
    case 'table':
      return [reportTable(b, c), afterTable()]
    case 'figure':
      return figureParagraphs(b, c)
  }
}

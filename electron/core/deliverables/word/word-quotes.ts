import { Paragraph, TextRun } from 'docx'
import { NNBSP } from '../../../../shared/i18n/format'
import type { Block } from '../../../../shared/report/report-document'
import { STYLE } from './word-styles'
import { COLOR, pt } from './word-theme'
import type { WordContext } from './word-context'

type Quotes = Extract<Block, { kind: 'quotes' }>

/** Up to this many verbatims stay on one page together, rather than leave the last alone on the next. */
const KEPT_TOGETHER = 3

/**
 * Each verbatim one paragraph in the Quote style, between the language's quotation marks, with
 * who said it (a group and maybe a unit, never a name) on the paragraph's last line, as the PDF's
 * blockquote and its footer.
 */
export function quoteParagraphs(b: Quotes, c: WordContext): Paragraph[] {
  const [open, close] = c.doc.lang === 'fr' ? [`«${NNBSP}`, `${NNBSP}»`] : ['“', '”']
  const together = b.quotes.length <= KEPT_TOGETHER
  return b.quotes.map(
    (q, i) =>
      new Paragraph({
        style: STYLE.quote,
        keepNext: together && i < b.quotes.length - 1,
        children: [
          new TextRun({ text: `${open}${c.text(q.text)}${close}` }),
          new TextRun({ text: c.text(q.by), break: 1, italics: false, size: pt(8.5), color: COLOR.muted }),
        ],
      }),
  )
}

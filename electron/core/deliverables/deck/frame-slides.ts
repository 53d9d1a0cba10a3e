import type PptxGenJS from 'pptxgenjs'
import type { ReportDocument, ReportSection } from '../../../../shared/report/report-document'
import type { Language } from '../../../../shared/domain/groups'
import { translate } from '../../../../shared/i18n/translate'
import { COLOUR, FONT, FRAME, SLIDE, SPLIT } from './deck-theme'
import { addFittedText, addHeading, type Slide } from './deck-writer'
import { speakerNotes } from './speaker-notes'
import { textWidth } from './text-fit'

const paragraphs = (s: ReportSection, tone?: 'lead' | 'note') =>
  s.blocks
    .filter((b) => b.kind === 'p' && (tone === undefined || b.tone === tone))
    .map((b) => (b as { text: string }).text)

/** The cover: client, title, date, consultants, "Confidential". */
export function titleSlide(pptx: PptxGenJS, doc: ReportDocument): void {
  const slide = pptx.addSlide()
  slide.background = { color: COLOUR.paper }
  slide.addShape('rect', { x: 0, y: 0, w: 0.35, h: SLIDE.h, fill: { color: COLOUR.accent }, line: { type: 'none' } })
  const x = 1.2
  const w = SLIDE.w - x - 1.2
  addFittedText(
    slide,
    translate(doc.lang, 'report.confidential').toUpperCase(),
    { x, y: 1.3, w, h: 0.35 },
    {
      sizePt: 12,
      minPt: 10,
      bold: true,
      colour: COLOUR.accent,
    },
  )
  addFittedText(slide, doc.meta.client, { x, y: 1.8, w, h: 1.2 }, { sizePt: 40, minPt: 24, bold: true })
  addFittedText(slide, doc.meta.title, { x, y: 3.1, w, h: 1.3 }, { sizePt: 24, minPt: 16, colour: COLOUR.ink })
  addFittedText(slide, doc.meta.date, { x, y: 4.8, w, h: 0.4 }, { sizePt: 14, minPt: 11, colour: COLOUR.muted })
  if (doc.meta.consultants.length)
    addFittedText(
      slide,
      doc.meta.consultants.join(', '),
      { x, y: 5.25, w, h: 0.8 },
      {
        sizePt: 14,
        minPt: 10,
        colour: COLOUR.muted,
      },
    )
}

/** The executive summary: its sentences on the left, the recommendations in order on the right. */
export function summarySlide(pptx: PptxGenJS, s: ReportSection, lang: Language): void {
  const slide = pptx.addSlide({ masterName: 'TERRAIN' })
  const [lead, ...rest] = paragraphs(s)
  addHeading(slide, s.title, lead ?? s.title)
  const list = s.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []))
  const body = rest.filter((p) => !list.length || p !== rest.at(-1)).join('\n')
  addFittedText(slide, body, list.length ? SPLIT.chart : FRAME.body, { sizePt: 18, minPt: 11 })
  if (list.length) addFittedText(slide, list.join('\n'), SPLIT.side, { sizePt: 16, minPt: 10, colour: COLOUR.accent })
  slide.addNotes(speakerNotes(lang, s.blocks, []))
}

/**
 * The sample: the method's table of groups and evidence floors (a group under three respondents
 * is left out of it, as out of every chart: the notes under it name it), and those notes.
 */
export function sampleSlide(pptx: PptxGenJS, method: ReportSection, lang: Language, small: readonly string[]): void {
  const slide = pptx.addSlide({ masterName: 'TERRAIN' })
  addHeading(slide, method.title, translate(lang, 'deck.sample'))
  const table = method.blocks.find((b) => b.kind === 'table')
  let y = FRAME.body.y
  if (table && table.kind === 'table') {
    const rows = [table.head, ...table.rows.filter((r) => !small.includes(r[0] ?? ''))]
    const cell = (text: string, header: boolean, numeric: boolean) => ({
      text,
      options: {
        fontFace: FONT,
        fontSize: 13,
        bold: header,
        color: header ? 'FFFFFF' : COLOUR.ink,
        fill: { color: header ? COLOUR.accent : 'FFFFFF' },
        align: (numeric ? 'right' : 'left') as 'right' | 'left',
        margin: 0.06,
      },
    })
    const widths = table.head.map((_, c) => Math.max(...rows.map((r) => textWidth(r[c] ?? '', 13, true))) + 0.4)
    const scale = Math.min(1, FRAME.body.w / widths.reduce((a, b) => a + b, 0))
    slide.addTable(
      rows.map((r, i) => r.map((text, c) => cell(text, i === 0, table.numeric.includes(c)))),
      {
        x: FRAME.body.x,
        y,
        colW: widths.map((w) => w * scale),
        rowH: 0.38,
        border: { type: 'solid', color: COLOUR.grid, pt: 0.75 },
      },
    )
    y += 0.38 * rows.length + 0.3
  }
  const notes = paragraphs(method, 'note').join('\n')
  if (notes && y < FRAME.body.y + FRAME.body.h - 0.4)
    addFittedText(
      slide,
      notes,
      { ...FRAME.body, y, h: FRAME.body.y + FRAME.body.h - y },
      {
        sizePt: 13,
        minPt: 9,
        colour: COLOUR.muted,
      },
    )
  slide.addNotes(speakerNotes(lang, method.blocks, []))
}

/** How the study was made: the method's sentences. */
export function methodSlide(pptx: PptxGenJS, method: ReportSection, lang: Language): void {
  const slide: Slide = pptx.addSlide({ masterName: 'TERRAIN' })
  const [first, ...rest] = paragraphs(method).filter((p) => !paragraphs(method, 'note').includes(p))
  addHeading(slide, method.title, first ?? method.title)
  addFittedText(slide, [...rest, ...paragraphs(method, 'note')].join('\n'), FRAME.body, { sizePt: 18, minPt: 11 })
  slide.addNotes(speakerNotes(lang, method.blocks, []))
}

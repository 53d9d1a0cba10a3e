import type PptxGenJS from 'pptxgenjs'
import type { Block, ReportSection } from '../../../../shared/report/report-document'
import type { Language } from '../../../../shared/domain/groups'
import { translate } from '../../../../shared/i18n/translate'
import { COLOUR, SPLIT } from './deck-theme'
import { addFittedText, addHeading, type Box, type Slide } from './deck-writer'
import { nativeChart, type NativeChart } from './native-chart'
import { fitText, textHeight } from './text-fit'
import { speakerNotes } from './speaker-notes'

type Quote = Extract<Block, { kind: 'quotes' }>['quotes'][number]

/**
 * A finding's slides: one per chart (the perception gap has one per group), the headline sentence
 * as the title, the chart native and editable, the consultant's commentary and two or three
 * verbatims beside it. A finding without a chart gets one slide of its sentences and verbatims.
 */
export function findingSlides(pptx: PptxGenJS, section: ReportSection, lang: Language): void {
  const figures = section.blocks.filter((b): b is Extract<Block, { kind: 'figure' }> => b.kind === 'figure')
  const leads = section.blocks
    .filter((b) => b.kind === 'p' && b.tone === 'lead')
    .map((b) => (b as { text: string }).text)
  const commentary = section.blocks
    .filter((b) => b.kind === 'p' && b.tone === 'edited')
    .map((b) => (b as { text: string }).text)
  const quotes = section.blocks.flatMap((b) => (b.kind === 'quotes' ? b.quotes : []))
  const headline = leads[0] ?? section.title
  if (figures.length === 0) {
    const slide = pptx.addSlide({ masterName: 'TERRAIN' })
    addHeading(slide, section.title, headline)
    let y = SPLIT.chart.y
    // Each measure's figure large, its sentence under it: what the committee remembers.
    for (const lead of leads) {
      const figure = keyFigure(lead)
      if (figure) {
        addFittedText(
          slide,
          figure,
          { ...SPLIT.chart, y, h: 0.95 },
          { sizePt: 54, minPt: 36, bold: true, colour: COLOUR.accent },
        )
        y += 1.0
      }
      // A lone sentence is the title already.
      if (leads.length > 1 || !figure) {
        addFittedText(slide, lead, { ...SPLIT.chart, y, h: 0.75 }, { sizePt: 18, minPt: 12 })
        y += 0.95
      } else y += 0.2
    }
    if (commentary.length)
      addFittedText(
        slide,
        commentary.join('\n'),
        { ...SPLIT.chart, y, h: SPLIT.chart.y + SPLIT.chart.h - y },
        {
          sizePt: 16,
          minPt: 11,
        },
      )
    sideQuotes(slide, quotes.slice(0, 3), SPLIT.side, lang)
    slide.addNotes(speakerNotes(lang, section.blocks, []))
    return
  }
  const percent = translate(lang, 'deck.percentFormat')
  figures.forEach((figure, i) => {
    const slide = pptx.addSlide({ masterName: 'TERRAIN' })
    // The gap's slides are by group: the group's heading says which.
    const h2 = precedingHeading(section.blocks, figure)
    addHeading(slide, h2 ? `${section.title} — ${h2}` : section.title, i === 0 && leads[0] ? leads[0] : figure.caption)
    const chart = nativeChart(figure, percent)
    const chartBox = { ...SPLIT.chart, h: SPLIT.chart.h - 0.45 }
    if (chart) addChart(slide, chart, chartBox)
    addFittedText(
      slide,
      figure.caption,
      { ...SPLIT.chart, y: SPLIT.chart.y + SPLIT.chart.h - 0.4, h: 0.4 },
      {
        sizePt: 10,
        minPt: 8,
        italic: true,
        colour: COLOUR.muted,
      },
    )
    // Commentary on the first slide of the finding; the verbatims spread over its slides.
    const side = { ...SPLIT.side }
    if (i === 0 && commentary.length) {
      const h = Math.min(1.9, side.h * 0.4)
      addFittedText(slide, commentary.join('\n'), { ...side, h }, { sizePt: 14, minPt: 10 })
      side.y += h + 0.2
      side.h -= h + 0.2
    }
    const mine = quotes.slice(i * 2, i * 2 + (figures.length === 1 ? 3 : 2))
    sideQuotes(slide, mine.length ? mine : quotes.slice(0, 2), side, lang)
    const blocks = i === 0 ? section.blocks.filter((b) => b.kind !== 'figure' || b === figure) : [figure]
    slide.addNotes(speakerNotes(lang, blocks, chart ? [chart] : []))
  })
}

/** The measure's figure in a lead sentence ("… : 80 % (niveau : élevée).", "… : 2 / 4 …", "… : −0,58 …"). */
export function keyFigure(sentence: string): string | null {
  const m = /([−+-]?\d+(?:[,.]\d+)?(?:\s?%|\s?\/\s?\d+)?)/u.exec(sentence)
  return m ? m[1]!.trim() : null
}

function precedingHeading(blocks: readonly Block[], figure: Block): string | null {
  let heading: string | null = null
  for (const b of blocks) {
    if (b === figure) return heading
    if (b.kind === 'h2') heading = b.text
  }
  return null
}

function addChart(slide: Slide, chart: NativeChart, box: Box): void {
  slide.addChart(chart.type as PptxGenJS.CHART_NAME, chart.data, { ...box, ...chart.options } as PptxGenJS.IChartOpts)
}

/** Verbatims one under the other, each with a rule on its left and who said it just under it. */
export function sideQuotes(slide: Slide, quotes: readonly Quote[], box: Box, lang: Language): void {
  if (quotes.length === 0) return
  const gap = 0.25
  const by = 0.28
  const each = Math.min(1.9, (box.h - gap * (quotes.length - 1)) / quotes.length)
  let y = box.y
  for (const q of quotes) {
    const inner = { x: box.x + 0.2, w: box.w - 0.2 }
    const quoted = lang === 'fr' ? `«\u202f${q.text}\u202f»` : `“${q.text}”`
    const fitted = fitText(quoted, { w: inner.w, h: each - by }, { sizePt: 14, minPt: 10 })
    // The quote's box is as tall as its lines: who said it follows at once.
    const h = Math.min(each - by, textHeight(fitted.text, inner.w * 0.94, fitted.sizePt) + 0.05)
    addFittedText(slide, quoted, { ...inner, y, h }, { sizePt: fitted.sizePt, minPt: 10, italic: true })
    addFittedText(
      slide,
      q.by,
      { ...inner, y: y + h + 0.04, h: by - 0.04 },
      { sizePt: 10, minPt: 8, colour: COLOUR.muted },
    )
    slide.addShape('rect', {
      x: box.x,
      y,
      w: 0.05,
      h: h + by,
      fill: { color: COLOUR.quoteBar },
      line: { type: 'none' },
    })
    y += h + by + gap
  }
}

import type PptxGenJS from 'pptxgenjs'
import type { Block, ReportSection } from '../../../../shared/report/report-document'
import type { Language } from '../../../../shared/domain/groups'
import { translate } from '../../../../shared/i18n/translate'
import { COLOUR, SPLIT } from './deck-theme'
import { addFittedText, addHeading } from './deck-writer'
import { sideQuotes } from './finding-slides'
import { speakerNotes } from './speaker-notes'

/**
 * One slide per recommendation the report keeps (triggered, and not set aside by the consultant):
 * its title, what triggered it, the counter-evidence, and its verbatims as evidence.
 */
export function recommendationSlides(pptx: PptxGenJS, s: ReportSection, lang: Language): void {
  const groups: { title: string; blocks: Block[] }[] = []
  for (const b of s.blocks) {
    if (b.kind === 'h2') groups.push({ title: b.text, blocks: [b] })
    else groups.at(-1)?.blocks.push(b)
  }
  groups.forEach((g, i) => {
    const slide = pptx.addSlide({ masterName: 'TERRAIN' })
    const kicker = translate(lang, 'deck.recommendationsKicker', { n: i + 1, total: groups.length })
    addHeading(slide, kicker, g.title)
    const text = g.blocks
      .filter((b) => b.kind === 'p')
      .map((b) => (b as { text: string }).text)
      .join('\n')
    addFittedText(slide, text, SPLIT.chart, { sizePt: 18, minPt: 11, colour: COLOUR.ink })
    sideQuotes(slide, g.blocks.flatMap((b) => (b.kind === 'quotes' ? b.quotes : [])).slice(0, 3), SPLIT.side, lang)
    slide.addNotes(speakerNotes(lang, g.blocks, []))
  })
}

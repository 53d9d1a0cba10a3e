import PptxGenJS from 'pptxgenjs'
import { translate } from '../../../../shared/i18n/translate'
import { GROUPS } from '../../../../shared/domain/groups'
import { SMALL_GROUP } from '../../../../shared/report/report-context'
import type { DeliverableSource } from '../deliverable-source'
import { FONT, FRAME, SLIDE } from './deck-theme'
import { defineMaster } from './deck-writer'
import { findingSlides } from './finding-slides'
import { methodSlide, sampleSlide, summarySlide, titleSlide } from './frame-slides'
import { recommendationSlides } from './recommendation-slides'
import { cooccurrenceSlide } from './cooccurrence-slide'
import { fitText } from './text-fit'

const FRAMING = new Set(['executiveSummary', 'method', 'recommendations', 'appendix'])

/**
 * The steering committee's deck, 16:9, from the report model: the cover, the summary, the sample,
 * one slide per finding (per chart), one per recommendation kept, the method; speaker notes with
 * the figures under every slide.
 */
export async function buildDeck(src: DeliverableSource): Promise<Buffer> {
  const { doc } = src
  const lang = doc.lang
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'TERRAIN_16_9', width: SLIDE.w, height: SLIDE.h })
  pptx.layout = 'TERRAIN_16_9'
  pptx.title = `${doc.meta.client} — ${doc.meta.title}`
  pptx.company = doc.meta.client
  pptx.author = doc.meta.consultants.join(', ')
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT }
  const confidential = translate(lang, 'report.confidential')
  // A client's long name is cut to the footer's width, never spills over.
  const footer = fitText(
    `${confidential} · ${doc.meta.client}`,
    { w: SLIDE.w / 2, h: FRAME.footer.h },
    { sizePt: 9, minPt: 9 },
  )
  defineMaster(pptx, footer.text, translate(lang, 'deck.page'))
  const section = (id: string) => doc.sections.find((s) => s.id === id)
  titleSlide(pptx, doc)
  const summary = section('executiveSummary')
  if (summary) summarySlide(pptx, summary, lang)
  const method = section('method')
  const small = GROUPS.filter(
    (g) => src.input.diagnosis.floors[g].n > 0 && src.input.diagnosis.floors[g].n < SMALL_GROUP,
  )
  if (method)
    sampleSlide(
      pptx,
      method,
      lang,
      small.map((g) => translate(lang, `groups.${g}`)),
    )
  src.step(0.2)
  const findings = doc.sections.filter((s) => !FRAMING.has(s.id))
  findings.forEach((s, i) => {
    findingSlides(pptx, s, lang)
    src.step(0.2 + (0.5 * (i + 1)) / findings.length)
  })
  cooccurrenceSlide(pptx, src)
  const recommendations = section('recommendations')
  if (recommendations) recommendationSlides(pptx, recommendations, lang)
  if (method) methodSlide(pptx, method, lang)
  src.step(0.8)
  return (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer
}

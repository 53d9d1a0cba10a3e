import type PptxGenJS from 'pptxgenjs'
import { COLOUR, FONT, FRAME, SLIDE } from './deck-theme'
import { fitText } from './text-fit'

export type Slide = PptxGenJS.Slide
export type Box = { x: number; y: number; w: number; h: number }

export interface TextStyle {
  sizePt: number
  minPt: number
  bold?: boolean
  italic?: boolean
  colour?: string
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'middle' | 'bottom'
}

/**
 * Every text of the deck goes in through here: fitted to its box (the largest size that holds it,
 * measured with Calibri's widths), with no inset, so that what is measured is what is drawn.
 * Returns the height the text takes, for what follows it.
 */
export function addFittedText(slide: Slide, text: string, box: Box, style: TextStyle): { whole: boolean } {
  const fitted = fitText(text, box, style)
  slide.addText(fitted.text, {
    ...box,
    fontFace: FONT,
    fontSize: fitted.sizePt,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    color: style.colour ?? COLOUR.ink,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: 0,
    fit: 'none',
    paraSpaceBefore: 0,
    paraSpaceAfter: 0,
  })
  return { whole: fitted.whole }
}

/** The kicker (the section it belongs to) and the title (its headline sentence). */
export function addHeading(slide: Slide, kicker: string, title: string): void {
  addFittedText(slide, kicker.toUpperCase(), FRAME.kicker, { sizePt: 11, minPt: 9, bold: true, colour: COLOUR.accent })
  addFittedText(slide, title, FRAME.title, { sizePt: 26, minPt: 16, bold: true })
}

/** The master: white, a thin accent rule, the running footer "Confidential · client · page n". */
export function defineMaster(pptx: PptxGenJS, footer: string, page: string): void {
  const right = SLIDE.w - FRAME.margin
  pptx.defineSlideMaster({
    title: 'TERRAIN',
    background: { color: COLOUR.paper },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE.w, h: 0.08, fill: { color: COLOUR.accent } } },
      {
        text: {
          text: `${footer} · ${page}`,
          options: {
            x: FRAME.margin,
            y: FRAME.footer.y,
            w: right - 0.45 - FRAME.margin,
            h: FRAME.footer.h,
            fontFace: FONT,
            fontSize: 9,
            color: COLOUR.muted,
            align: 'right',
            valign: 'middle',
            margin: 0,
          },
        },
      },
    ],
    slideNumber: {
      x: right - 0.4,
      y: FRAME.footer.y,
      w: 0.4,
      h: FRAME.footer.h,
      fontFace: FONT,
      fontSize: 9,
      color: COLOUR.muted,
      align: 'left',
      margin: 0,
    },
  })
}

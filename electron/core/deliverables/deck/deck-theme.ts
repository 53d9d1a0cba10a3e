import { PALETTE } from '../../../../shared/report/charts/palette'

/** The deck's one font: Calibri is in every client's Office (LibreOffice sets it in its metric twin Carlito). */
export const FONT = 'Calibri'

/** Colours without '#', as PowerPoint writes them; the report's palette. */
const hex = (c: string) => c.replace('#', '').toUpperCase()
export const COLOUR = {
  ink: hex(PALETTE.ink),
  muted: hex(PALETTE.muted),
  accent: hex(PALETTE.said),
  believed: hex(PALETTE.believed),
  grid: hex(PALETTE.grid),
  paper: 'FFFFFF',
  quoteBar: 'C9D6D8',
}
export const hexColour = hex

/** 16:9, in inches (PowerPoint's "widescreen"). */
export const SLIDE = { w: 13.333, h: 7.5 }
const M = 0.6
/** Where things go on a slide: the kicker over the title, the title, the body, the footer. */
export const FRAME = {
  margin: M,
  kicker: { x: M, y: 0.35, w: SLIDE.w - 2 * M, h: 0.3 },
  title: { x: M, y: 0.7, w: SLIDE.w - 2 * M, h: 1.0 },
  body: { x: M, y: 1.95, w: SLIDE.w - 2 * M, h: 4.85 },
  footer: { y: 7.0, h: 0.3 },
}
/** A finding slide: the chart on the left, commentary and verbatims on the right. */
export const SPLIT = {
  chart: { x: M, y: FRAME.body.y, w: 7.7, h: FRAME.body.h },
  side: { x: M + 7.7 + 0.35, y: FRAME.body.y, w: SLIDE.w - 2 * M - 7.7 - 0.35, h: FRAME.body.h },
}

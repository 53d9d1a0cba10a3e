import type PptxGenJS from 'pptxgenjs'
import { cooccurrence } from '../../../../shared/domain/diagnosis/cooccurrence'
import { translate } from '../../../../shared/i18n/translate'
import { diagnosisView } from '../../diagnosis/diagnosis-view'
import { codersOnSharedAnswers } from '../../diagnosis/shared-coders'
import type { DeliverableSource } from '../deliverable-source'
import { COLOUR, FONT, FRAME } from './deck-theme'
import { addHeading } from './deck-writer'

/** The most entangled themes shown: a table of ten by ten stays legible on a slide. */
const SHOWN = 10
/** Below this, overlaps are anecdotes, not a pattern worth a slide. */
const MEANINGFUL = { themes: 4, count: 5 }

/** A fill from white to the accent colour, by the share of the largest count. */
function fill(share: number): string {
  const [r, g, b] = [0x0f, 0x5e, 0x66]
  const mix = (c: number) => Math.round(255 - (255 - c) * share)
  return [mix(r), mix(g), mix(b)]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

/**
 * The co-occurrence heatmap of the dashboard as a native table with cell fills (PowerPoint has no
 * heatmap chart): how often the words coded with one theme overlap words coded with another, for
 * the ten themes most often coded together. Nothing here is broken down by group.
 */
export function cooccurrenceSlide(pptx: PptxGenJS, src: DeliverableSource): void {
  const lang = src.doc.lang
  const { input } = diagnosisView(src.engagement)
  const codes = src.engagement.codebook.get().codes
  const keyOf = new Map(codes.map((c) => [c.id, c.key]))
  const matrix = cooccurrence(
    input.codings,
    (id) => keyOf.get(id) ?? '',
    codes.map((c) => c.key),
    codersOnSharedAnswers(src.engagement.db),
  )
  const totals = matrix.counts.map((row) => row.reduce((a, b) => a + b, 0))
  const top = totals
    .map((t, i) => ({ t, i }))
    .filter((x) => x.t > 0)
    .sort((a, b) => b.t - a.t)
    .slice(0, SHOWN)
    .map((x) => x.i)
  if (top.length < MEANINGFUL.themes) return
  const names = new Map(src.input.codes.map((c) => [c.key, c.name[lang]]))
  const label = (i: number) => names.get(matrix.codes[i]!) || matrix.codes[i]!
  const max = Math.max(...top.flatMap((i) => top.map((j) => (i === j ? 0 : matrix.counts[i]![j]!))), 1)
  if (max < MEANINGFUL.count) return
  const head = (text: string, valign: 'bottom' | 'middle' = 'bottom') => ({
    text,
    options: {
      fontFace: FONT,
      fontSize: 9,
      bold: true,
      color: COLOUR.ink,
      fill: { color: 'FFFFFF' },
      valign,
    },
  })
  const rows = [
    [head(''), ...top.map((j) => head(label(j)))],
    ...top.map((i) => [
      head(label(i), 'middle'),
      ...top.map((j) => {
        const n = i === j ? null : matrix.counts[i]![j]!
        const share = n === null ? 0 : n / max
        return {
          text: n === null ? '' : String(n),
          options: {
            fontFace: FONT,
            fontSize: 10,
            align: 'center' as const,
            valign: 'middle' as const,
            color: share > 0.55 ? 'FFFFFF' : COLOUR.ink,
            fill: { color: n === null ? 'F3F4F6' : fill(share) },
          },
        }
      }),
    ]),
  ]
  const slide = pptx.addSlide({ masterName: 'TERRAIN' })
  addHeading(slide, translate(lang, 'deck.cooccurrence.kicker'), translate(lang, 'deck.cooccurrence.title'))
  const first = 2.3
  const cell = (FRAME.body.w - first) / top.length
  slide.addTable(rows, {
    x: FRAME.body.x,
    y: FRAME.body.y,
    colW: [first, ...top.map(() => cell)],
    rowH: [0.75, ...top.map(() => Math.min(0.4, (FRAME.body.h - 0.75) / top.length))],
    border: { type: 'solid', color: 'FFFFFF', pt: 1 },
  })
  slide.addNotes(
    [
      translate(lang, 'deck.cooccurrence.notes'),
      ...top.flatMap((i) => top.filter((j) => j > i).map((j) => `${label(i)} × ${label(j)}: ${matrix.counts[i]![j]}`)),
    ].join('\n'),
  )
}

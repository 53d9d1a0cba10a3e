import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { generateEngagement } from '../../electron/core/demo/generate-engagement'
import { reportInput } from '../../electron/core/report/report-input'
import { buildDeck } from '../../electron/core/deliverables/deck/build-deck'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { buildReport, needs } from '../../shared/report/build-report'
import { themeRows } from '../../shared/report/charts/perception-gap-chart'
import { GROUPS, type Language } from '../../shared/domain/groups'
import { translate } from '../../shared/i18n/translate'
import { tempDir, track } from '../helpers/temp-engagement'
import { ttfAdvanceWidths } from '../helpers/ttf-metrics'
import { officeSuite, officeToPdf, pdfPagesText, renderPages, decodeXmlText } from '../helpers/office'

const CARLITO = '/usr/share/fonts/truetype/crosextra'
const LOOK = path.resolve(__dirname, '../../test-results/deliverables')

async function deckOf(e: Engagement, lang: Language) {
  const input = reportInput(e, lang)
  const doc = buildReport(input)
  const bytes = await buildDeck({ engagement: e, input, doc, step: () => undefined })
  const parts = unzipSync(new Uint8Array(bytes))
  const text = (name: string) => strFromU8(parts[name]!)
  const named = (re: RegExp) =>
    Object.keys(parts)
      .filter((n) => re.test(n))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  return {
    input,
    doc,
    bytes,
    parts,
    text,
    slides: named(/^ppt\/slides\/slide\d+\.xml$/),
    charts: named(/^ppt\/charts\/chart\d+\.xml$/),
  }
}

const decode = decodeXmlText

/** Each series of a chart part: its name, categories and values as PowerPoint caches them. */
function seriesOf(xml: string) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const pts = (tag: string) => {
      const block = new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser!)?.[1] ?? ''
      return [...block.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => decode(m[2]!))
    }
    return {
      name: decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? ''),
      categories: pts('cat'),
      values: pts('val').map(Number),
    }
  })
}

/** Every text box of a slide: its size (inches), font size and weight, and its paragraphs. */
function textBoxes(xml: string) {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap(([, sp]) => {
    if (!sp!.includes('<p:txBody>')) return []
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp!)
    if (!ext) return []
    const paragraphs = [...sp!.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, p]) =>
      [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''),
    )
    const rPr = /<a:rPr[^>]*sz="(\d+)"[^>]*>/.exec(sp!)?.[0] ?? ''
    return [
      {
        w: Number(ext[1]) / 914400,
        h: Number(ext[2]) / 914400,
        sizePt: Number(/sz="(\d+)"/.exec(rPr)?.[1] ?? 1800) / 100,
        bold: / b="1"/.test(rPr),
        italic: / i="1"/.test(rPr),
        text: paragraphs.join('\n'),
      },
    ]
  })
}

describe('the PowerPoint deck', () => {
  let fonts: Record<'regular' | 'bold' | 'italic', Map<number, number>>
  const decks = new Map<string, Awaited<ReturnType<typeof deckOf>>>()
  beforeAll(async () => {
    fonts = {
      regular: ttfAdvanceWidths(`${CARLITO}/Carlito-Regular.ttf`).widths,
      bold: ttfAdvanceWidths(`${CARLITO}/Carlito-Bold.ttf`).widths,
      italic: ttfAdvanceWidths(`${CARLITO}/Carlito-Italic.ttf`).widths,
    }
    for (const lang of ['fr', 'en'] as const)
      decks.set(lang, await deckOf(track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang)), lang))
    const big = track(
      generateEngagement(path.join(tempDir(), 'big.terrain'), { respondents: 200, codings: 20_000, language: 'fr' }),
    )
    decks.set('big', await deckOf(big, 'fr'))
  }, 120_000)

  /** Lines as a text wraps in a box of this width, measured with Carlito's own widths (the font file). */
  const lines = (text: string, width: number, size: number, face: Map<number, number>) => {
    const w = (s: string) => ([...s].reduce((a, ch) => a + (face.get(ch.codePointAt(0)!) ?? 1), 0) * size) / 72
    let n = 0
    for (const para of text.split('\n')) {
      let line = ''
      n++
      for (const word of para.split(' ')) {
        const next = line ? `${line} ${word}` : word
        if (w(next) <= width || !line) line = next
        else {
          n++
          line = word
        }
        while (w(line) > width) {
          n++
          line = line.slice(Math.max(1, Math.floor(line.length / 2)))
        }
      }
    }
    return n
  }

  it('holds every text in its box, at every length the demo and a 200-respondent study produce', () => {
    let measured = 0
    for (const [name, deck] of decks) {
      for (const slide of deck.slides) {
        for (const box of textBoxes(deck.text(slide))) {
          if (!box.text.trim()) continue
          const face = box.bold ? fonts.bold : box.italic ? fonts.italic : fonts.regular
          const needed = (lines(box.text, box.w, box.sizePt, face) * box.sizePt * 1.22) / 72
          expect(needed, `${name} ${slide}: “${box.text.slice(0, 60)}” at ${box.sizePt} pt`).toBeLessThanOrEqual(
            box.h + 0.01,
          )
          measured++
        }
      }
    }
    expect(measured).toBeGreaterThan(300)
  })

  it('draws native, editable charts whose series are the diagnosis’ figures', () => {
    const deck = decks.get('en')!
    const figures = deck.doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure')
    expect(deck.charts.length).toBe(figures.length)
    // Each chart carries its data sheet, which the client edits in PowerPoint.
    expect(Object.keys(deck.parts).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n)).length).toBe(deck.charts.length)
    const all = deck.charts.map((c) => seriesOf(deck.text(c)))
    const d = deck.input.diagnosis
    const gap = themeRows(d.perceptionGap.employee.filter((r) => needs(deck.input).has(r.code)))
    const gapChart = all.find(
      (s) => s[0]?.values.length === gap.length && s[0].values.every((v, i) => v === gap[i]!.expressed),
    )
    expect(gapChart, 'the employees’ perception gap').toBeDefined()
    expect(gapChart![1]!.values).toEqual(gap.map((r) => r.hypothesis))
    const groups = GROUPS.filter((g) => d.pragmatism.byGroup[g].valid > 0 && d.floors[g].n >= 3)
    const pragmatism = all.find((s) => s.length === 4 && s[0]!.categories.length === groups.length)!
    expect(pragmatism[0]!.values).toEqual(groups.map((g) => d.pragmatism.byGroup[g].distribution.pragmatic))
    expect(pragmatism[0]!.categories).toEqual(groups.map((g) => translate('en', `groups.${g}`)))
  })

  it('names no group under three respondents in a chart or a table, and no respondent by their name', () => {
    for (const lang of ['fr', 'en'] as const) {
      const deck = decks.get(lang)!
      const small = GROUPS.filter((g) => deck.input.diagnosis.floors[g].n > 0 && deck.input.diagnosis.floors[g].n < 3)
      expect(small.length, 'the demo has a group under three').toBeGreaterThan(0)
      const smallNames = small.map((g) => translate(lang, `groups.${g}`))
      for (const c of deck.charts)
        for (const s of seriesOf(deck.text(c))) for (const n of smallNames) expect(s.categories).not.toContain(n)
      for (const slide of deck.slides) {
        const tables = [...deck.text(slide).matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => m[0])
        for (const t of tables) for (const n of smallNames) expect(t).not.toContain(`<a:t>${n}</a:t>`)
      }
      const everything = Object.values(deck.parts)
        .map((p) => strFromU8(p, true))
        .join('\n')
      expect(deck.input.realNames.length).toBeGreaterThan(0)
      for (const name of deck.input.realNames) expect(everything).not.toContain(name)
    }
  })

  it('shows the co-occurrence heatmap as a native table with cell fills, where themes are often coded together', () => {
    const big = decks.get('big')!
    const heat = big.slides.map((s) => big.text(s)).find((x) => x.includes(translate('fr', 'deck.cooccurrence.title')))
    expect(heat, 'a slide of themes coded together').toBeDefined()
    const table = /<a:tbl>[\s\S]*<\/a:tbl>/.exec(heat!)![0]
    const fills = [...table.matchAll(/<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1])
    expect(new Set(fills).size).toBeGreaterThan(3)
    // The demo's few overlaps make no pattern: no such slide there.
    const demo = decks.get('fr')!
    expect(demo.slides.some((s) => demo.text(s).includes(translate('fr', 'deck.cooccurrence.title')))).toBe(false)
  })

  it('gives every slide speaker notes; a chart’s slide has its figures there', () => {
    const deck = decks.get('fr')!
    const notes = Object.keys(deck.parts).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    expect(notes.length).toBe(deck.slides.length)
    // Every slide but the cover says something to its speaker.
    const empty = notes.filter(
      (n) => ![...deck.text(n).matchAll(/<a:t>([^<]+)<\/a:t>/g)].some((m) => m[1]!.trim().length > 3),
    )
    expect(empty.length).toBeLessThanOrEqual(1)
    const all = notes.map((n) => deck.text(n)).join('\n')
    expect(all).toContain(translate('fr', 'deck.notes.chart'))
    expect(all).toMatch(/Collaborateurs[^<]*\d/)
  })
})

officeSuite('the deck as PowerPoint’s users open it (LibreOffice)', (soffice) => {
  it.each(['fr', 'en'] as const)(
    'opens in %s: one page per slide, the headlines in the text, pages looked at',
    async (lang) => {
      const e = track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))
      const deck = await deckOf(e, lang)
      const file = path.join(tempDir(), `deck-${lang}.pptx`)
      fs.writeFileSync(file, deck.bytes)
      const pdf = officeToPdf(soffice, file)
      const pages = pdfPagesText(pdf)
      expect(pages.length).toBe(deck.slides.length)
      const squeeze = (s: string) => s.replace(/\s+/g, ' ')
      const text = squeeze(pages.join(' '))
      expect(text).toContain(squeeze(deck.doc.meta.client))
      for (const s of deck.doc.sections.filter((x) => !['appendix', 'recommendations'].includes(x.id)))
        expect(text).toContain(squeeze(s.title).toUpperCase())
      expect(text).toContain(translate(lang, 'deck.recommendationsKicker', { n: 1, total: 10 }).toUpperCase())
      expect(renderPages(pdf, LOOK, `deck-${lang}`).length).toBe(pages.length)
    },
    120_000,
  )
})

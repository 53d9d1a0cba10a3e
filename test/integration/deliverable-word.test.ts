import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportInput } from '../../electron/core/report/report-input'
import { buildDocx } from '../../electron/core/deliverables/word/build-docx'
import { buildReport } from '../../shared/report/build-report'
import type { Block, ReportDocument } from '../../shared/report/report-document'
import type { Language } from '../../shared/domain/groups'
import { NNBSP, typeset } from '../../shared/i18n/format'
import { tempDir, track } from '../helpers/temp-engagement'
import { officeSuite, officeToPdf, pdfPagesText, renderPages, decodeXmlText } from '../helpers/office'

const LOOK = path.resolve(__dirname, '../../test-results/deliverables')

interface WordReport {
  lang: Language
  doc: ReportDocument
  realNames: string[]
  respondentIds: string[]
  bytes: Buffer
  parts: Record<string, Uint8Array>
  xml: (part: string) => string
}

async function wordReportOf(lang: Language): Promise<WordReport> {
  const e = track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))
  const input = reportInput(e, lang)
  const doc = buildReport(input)
  const bytes = await buildDocx({ engagement: e, input, doc, step: () => undefined })
  const parts = unzipSync(new Uint8Array(bytes))
  return {
    lang,
    doc,
    realNames: e.identities.realNames(),
    respondentIds: e.respondents.list().map((r) => r.id),
    bytes,
    parts,
    xml: (part) => strFromU8(parts[part]!),
  }
}

const decode = decodeXmlText

/** The text of a piece of WordprocessingML: its w:t runs, with a line break as "\n". */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
    .join('')

/** Each paragraph of a part: its style and its text. */
function paragraphsOf(xml: string) {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    text: textOf(p),
    xml: p,
  }))
}

/** Each table of a part: whether its first row repeats on every page, and its rows' cells (text, and XML). */
function tablesOf(xml: string) {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) => {
    const rows = [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
      [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => ({ text: textOf(tc), xml: tc })),
    )
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(tbl)?.[0] ?? ''
    return { repeatsHead: firstRow.includes('<w:tblHeader/>'), rows }
  })
}

const pngSize = (png: Uint8Array) => {
  const dv = new DataView(png.buffer, png.byteOffset)
  return { width: dv.getUint32(16), height: dv.getUint32(20) }
}

/** Each figure's picture, found by its name (the figure's id): the PNG and the SVG its drawing embeds. */
function picturesOf(r: WordReport) {
  const body = r.xml('word/document.xml')
  const rels = r.xml('word/_rels/document.xml.rels')
  const part = (id: string) => r.parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`]!
  return blocksOf(r.doc, 'figure').map((f) => {
    const drawing = new RegExp(`<wp:docPr id="\\d+" name="${f.id}"[\\s\\S]*?</w:drawing>`).exec(body)?.[0]
    expect(drawing, f.id).toBeDefined()
    return {
      png: part(/<a:blip r:embed="([^"]+)"/.exec(drawing!)![1]!),
      svg: strFromU8(part(/<asvg:svgBlip[^>]*r:embed="([^"]+)"/.exec(drawing!)![1]!)),
    }
  })
}

const blocksOf = <K extends Block['kind']>(doc: ReportDocument, kind: K) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind)

describe('the Word report', () => {
  const reports = new Map<Language, WordReport>()
  beforeAll(async () => {
    for (const lang of ['fr', 'en'] as const) reports.set(lang, await wordReportOf(lang))
  }, 180_000)

  it('has a Heading 1 per section, in order, each bookmarked, and contents that point at them by PAGEREF', () => {
    for (const [lang, r] of reports) {
      const body = r.xml('word/document.xml')
      const paragraphs = paragraphsOf(body)
      const titles = r.doc.sections.map((s) => typeset(lang, s.title))
      const headings = paragraphs.filter((p) => p.style === 'Heading1')
      expect(headings.map((p) => p.text)).toEqual(titles)
      expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
        blocksOf(r.doc, 'h2').map((b) => typeset(lang, b.text)),
      )
      // Each heading holds its own bookmark (a name and an id no other bookmark has).
      const bookmarks = headings.map((h) => {
        const [, name, id] = /<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/.exec(h.xml) ?? []
        expect(name, h.text).toBeTruthy()
        expect(h.xml).toContain(`<w:bookmarkEnd w:id="${id}"/>`)
        return { name: name!, id: id! }
      })
      expect(new Set(bookmarks.map((b) => b.name)).size).toBe(titles.length)
      expect(new Set(bookmarks.map((b) => b.id)).size).toBe(titles.length)
      // The contents: one entry per section, its title, and a PAGEREF to that section's bookmark.
      const contents = paragraphs.filter((p) => p.style === 'TOC1')
      expect(contents.map((p) => p.text)).toEqual(titles)
      expect(contents.map((p) => /PAGEREF (\S+)/.exec(p.xml)?.[1])).toEqual(bookmarks.map((b) => b.name))
      // Word fills the page numbers in on opening.
      expect(r.xml('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/)
      // Heading 1 and 2 are outline levels: Word's navigation pane lists them.
      const styles = r.xml('word/styles.xml')
      expect(/<w:style [^>]*w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain(
        '<w:outlineLvl w:val="0"/>',
      )
      expect(/<w:style [^>]*w:styleId="Heading2">[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain(
        '<w:outlineLvl w:val="1"/>',
      )
    }
  })

  it('writes every table as a Word table with all its rows, its head repeated, numbers on the right', () => {
    for (const [lang, r] of reports) {
      const model = blocksOf(r.doc, 'table')
      const word = tablesOf(r.xml('word/document.xml')).filter((t) => t.repeatsHead)
      expect(word.length, lang).toBe(model.length)
      model.forEach((b, k) => {
        const t = word[k]!
        expect(t.rows.map((row) => row.map((c) => c.text))).toEqual(
          [b.head, ...b.rows].map((row) => row.map((v) => typeset(lang, v))),
        )
        for (const row of t.rows)
          row.forEach((cell, i) =>
            expect(cell.xml).toContain(`<w:jc w:val="${b.numeric.includes(i) ? 'right' : 'left'}"/>`),
          )
      })
    }
  })

  it('sets each verbatim in the Quote style, in the language’s quotation marks, with who said it', () => {
    for (const [lang, r] of reports) {
      const [open, close] = lang === 'fr' ? [`«${NNBSP}`, `${NNBSP}»`] : ['“', '”']
      const quotes = blocksOf(r.doc, 'quotes').flatMap((b) => b.quotes)
      expect(quotes.length).toBeGreaterThan(10)
      expect(
        paragraphsOf(r.xml('word/document.xml'))
          .filter((p) => p.style === 'Quote')
          .map((p) => p.text),
      ).toEqual(quotes.map((q) => `${open}${typeset(lang, q.text)}${close}\n${typeset(lang, q.by)}`))
      const style = /<w:style [^>]*w:styleId="Quote">[\s\S]*?<\/w:style>/.exec(r.xml('word/styles.xml'))?.[0] ?? ''
      expect(style).toContain('<w:name w:val="Quote"/>')
      expect(style).toContain('<w:i/>')
      expect(style).toMatch(/<w:ind w:left="[1-9]\d*"/)
    }
  })

  it('embeds each chart as an SVG with a PNG of the same shape for Office versions without SVG, captioned', () => {
    for (const [lang, r] of reports) {
      const figures = blocksOf(r.doc, 'figure')
      const body = r.xml('word/document.xml')
      expect(Object.keys(r.parts).filter((n) => /^word\/media\/.+\.svg$/.test(n)).length).toBe(figures.length)
      for (const [i, { png, svg }] of picturesOf(r).entries()) {
        // The SVG is drawn in outlines (no font needed); the PNG has its shape and is no blank.
        expect(svg).toMatch(/^<svg /)
        expect(svg).not.toContain('<text')
        const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!
        expect(Number(h)).toBe(figures[i]!.height)
        expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG')
        expect(pngSize(png).width / pngSize(png).height).toBeCloseTo(Number(w) / Number(h), 2)
        expect(png.length, `${lang} ${figures[i]!.id}`).toBeGreaterThan(20_000)
      }
      // Every picture has an id of its own.
      const ids = [...body.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
      expect(new Set(ids).size).toBe(ids.length)
      const captions = paragraphsOf(body).filter((p) => p.style === 'Caption')
      expect(captions.map((p) => p.text)).toEqual(
        figures.map((f) => typeset(lang, f.caption) + (f.note ? `\n${typeset(lang, f.note)}` : '')),
      )
    }
  })

  it('names no respondent and carries no respondent id in any part of the file', () => {
    for (const [lang, r] of reports) {
      expect(r.realNames.length).toBeGreaterThan(10)
      for (const [name, data] of Object.entries(r.parts)) {
        const text = name.endsWith('.png') ? Buffer.from(data).toString('latin1') : strFromU8(data)
        for (const real of r.realNames) {
          expect(text, `${lang} ${name}`).not.toContain(real)
          expect(text, `${lang} ${name}`).not.toContain(real.split(' ').at(-1)!)
        }
        for (const id of r.respondentIds) expect(text, `${lang} ${name}`).not.toContain(id)
      }
    }
  })

  officeSuite('as LibreOffice opens it', (soffice) => {
    for (const lang of ['fr', 'en'] as const)
      it(`shows the ${lang} report's headings, figures and charts, with the contents' page numbers right`, () => {
        const r = reports.get(lang)!
        const file = path.join(tempDir(), `report-${lang}.docx`)
        fs.writeFileSync(file, r.bytes)
        const pdf = officeToPdf(soffice, file)
        try {
          const pages = pdfPagesText(pdf)
          // The PDF report is 20 pages: the same content in Word's layout lands close to it.
          expect(pages.length).toBeGreaterThanOrEqual(16)
          expect(pages.length).toBeLessThanOrEqual(26)
          const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
          const all = flat(pages.join(' '))
          const titles = r.doc.sections.map((s) => flat(s.title))
          // The running header (the first line of a page) names the section the page belongs to.
          const headerOf = (i: number) => flat(pages[i]!.split('\n').find((l) => l.trim()) ?? '')
          const contents = pages[1]!.split('\n').map(flat)
          for (const title of titles) {
            const first = pages.findIndex((_, i) => i >= 2 && headerOf(i).endsWith(title))
            expect(first, title).toBeGreaterThan(1)
            const entry = contents.find((l) => l.startsWith(title))
            expect(entry, title).toBeDefined()
            expect(Number(/(\d+)$/.exec(entry!)?.[1]), title).toBe(first + 1)
          }
          // The figures the text gives: the leads, and each table's first row.
          for (const b of blocksOf(r.doc, 'p').filter((p) => p.tone === 'lead')) expect(all).toContain(flat(b.text))
          for (const b of blocksOf(r.doc, 'table'))
            for (const cell of b.rows[0]!) if (cell.length < 30) expect(all).toContain(flat(cell))
          // Each chart is on its page as a picture, at its full resolution (LibreOffice shows the PNG).
          const widths = picturesOf(r).map((p) => pngSize(p.png).width)
          const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
            .split('\n')
            .slice(2)
            .map((l) => Number(l.trim().split(/\s+/)[3]))
          expect(images.filter((w) => widths.includes(w)).length).toBe(widths.length)
          // For a person to look at: the title page, the contents, the charts, the verbatims.
          for (const old of fs.existsSync(LOOK) ? fs.readdirSync(LOOK) : [])
            if (old.startsWith(`word-${lang}-`)) fs.rmSync(path.join(LOOK, old))
          expect(renderPages(pdf, LOOK, `word-${lang}`).length).toBe(pages.length)
        } finally {
          // officeToPdf's folder (the PDF and LibreOffice's profile): the pages to look at are kept apart.
          fs.rmSync(path.dirname(pdf), { recursive: true, force: true })
        }
      }, 180_000)
  })
})

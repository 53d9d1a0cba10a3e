import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportInput } from '../../electron/core/report/report-input'
import { buildReport } from '../../shared/report/build-report'
import { reportHtml } from '../../electron/core/report/export-report'
import { reportPreview } from '../../electron/core/report/report-preview'
import { findChromium } from '../../electron/cli/chromium/find-chromium'
import { demoQuotingAName, tempDir, track } from '../helpers/temp-engagement'
import { terrain } from '../helpers/run-terrain'

const demo = (lang: 'fr' | 'en') => track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))

const SECTIONS = [
  'executiveSummary',
  'method',
  'pragmatism',
  'perceptionGap',
  'idealism',
  'customers',
  'collectives',
  'attention',
  'execution',
  'enablers',
  'recommendations',
  'appendix',
]

describe('the report document', () => {
  it('has every section, titled in the report’s language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const doc = buildReport(reportInput(demo(lang), lang))
      expect(doc.sections.map((s) => s.id)).toEqual(SECTIONS)
      const titles = doc.sections.map((s) => s.title)
      expect(titles).toContain(lang === 'fr' ? 'Synthèse' : 'Executive summary')
      expect(titles).toContain(lang === 'fr' ? 'Recommandations' : 'Recommendations')
      expect(doc.warnings).toEqual([])
    }
  })

  it('names nobody: no real name, no respondent code, quotes attributed by group and unit', () => {
    const e = demo('en')
    const { html, doc } = reportHtml(e, 'en', { forPrint: false })
    for (const name of e.identities.realNames()) {
      expect(html).not.toContain(name)
      expect(html).not.toContain(name.split(' ').at(-1)!)
    }
    // Respondent codes R01-R26 (R0-R12 are also recommendation ids: those are checked in the quotes).
    for (const r of e.respondents.list().filter((x) => Number(x.code.slice(1)) > 12)) {
      expect(html).not.toMatch(new RegExp(`\\b${r.code}\\b`))
    }
    const quotes = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'quotes' ? b.quotes : []))
    expect(quotes.length).toBeGreaterThan(10)
    // A unit is named only where three or more respondents of that group share it.
    const cell = new Map<string, number>()
    for (const r of e.respondents.list()) cell.set(`${r.group}|${r.unit}`, (cell.get(`${r.group}|${r.unit}`) ?? 0) + 1)
    const groupOf: Record<string, string> = {
      Employee: 'employee',
      Manager: 'manager',
      Leadership: 'leadership',
      Customer: 'customer',
    }
    for (const q of quotes) {
      expect(q.by).toMatch(/^(Employee|Manager|Leadership|Customer|Respondent)(, .+)?$/)
      const [group, unit] = q.by.split(', ')
      if (unit) expect(cell.get(`${groupOf[group!]}|${unit}`), q.by).toBeGreaterThanOrEqual(3)
    }
    // No verbatim is printed twice.
    expect(new Set(quotes.map((q) => q.text)).size).toBe(quotes.length)
  })

  it('breaks nothing down for a group of fewer than three respondents', () => {
    const e = demo('en')
    const doc = buildReport(reportInput(e, 'en'))
    // The demo has one respondent in "other": absent from the charts, counted without detail.
    const pragmatism = doc.sections.find((s) => s.id === 'pragmatism')!.blocks.find((b) => b.kind === 'figure')!
    const categories = pragmatism.kind === 'figure' ? (pragmatism.option.yAxis as { data: string[] }).data : []
    expect(categories).not.toContain('Other')
    const method = doc.sections.find((s) => s.id === 'method')!.blocks.find((b) => b.kind === 'table')!
    expect(method.kind === 'table' && method.rows.find((r) => r[0] === 'Other')).toEqual([
      'Other',
      '1',
      'not broken down (fewer than 3)',
    ])
    const units = doc.sections.find((s) => s.id === 'appendix')!.blocks.find((b) => b.kind === 'table')!
    expect(units.kind === 'table' && units.rows.find((r) => r[0] === 'Other')![2]).toBe('fewer than 3')
  })

  it('says in its method how reliable the coding is: measured on the answers coded twice, or not measured', () => {
    const e = demo('en')
    const notes = (d: ReturnType<typeof buildReport>) =>
      d.sections
        .find((s) => s.id === 'method')!
        .blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []))
        .join('\n')
    const input = reportInput(e, 'en')
    expect(input.agreement).toMatchObject({ coders: 2, respondents: 6, settled: expect.any(Number) })
    expect(input.agreement!.settled).toBeGreaterThan(0)
    const alpha = input.agreement!.meanAlpha!.toFixed(2)
    const text = notes(buildReport(input))
    expect(text).toContain(
      `2 consultants coded the answers of 6 respondents independently (${input.agreement!.answers} answers): the mean inter-coder agreement (Krippendorff’s α) is ${alpha}; a measure is marked tentative where a code it reads falls under 0.80, and unreliable under 0.667.`,
    )
    expect(text).toContain(
      `On ${input.agreement!.settled} answers, disagreements on some codes were settled by consensus`,
    )
    expect(text).not.toContain('was not measured')
    // The excerpts the consultants coded: twins by two consultants once, no consensus copy.
    const persons = e.db
      .prepare(`SELECT count(*) FROM codings c JOIN coders p ON p.id = c.coder_id WHERE p.kind = 'person'`)
      .pluck()
      .get() as number
    const twins = e.db
      .prepare(
        `SELECT count(*) FROM codings a JOIN codings b ON b.document_id = a.document_id AND b.start = a.start
           AND b.end = a.end AND b.code_id = a.code_id AND b.coder_id > a.coder_id
         JOIN coders p ON p.id = a.coder_id AND p.kind = 'person' JOIN coders q ON q.id = b.coder_id AND q.kind = 'person'`,
      )
      .pluck()
      .get() as number
    expect(twins).toBeGreaterThan(0)
    expect(input.codings).toBe(persons - twins)

    const fr = reportInput(demo('fr'), 'fr')
    expect(notes(buildReport(fr))).toContain(
      `l’accord inter-codeurs moyen (α de Krippendorff) est de ${fr.agreement!.meanAlpha!.toFixed(2).replace('.', ',')}`,
    )
    // One consultant's coding: said plainly.
    e.db.exec(`DELETE FROM codings WHERE id IN (SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id
      JOIN interviews i ON i.id = d.interview_id WHERE c.coder_id <> i.interviewer_id)`)
    const alone = reportInput(e, 'en')
    expect(alone.agreement).toBeNull()
    expect(notes(buildReport(alone))).toContain('Inter-coder agreement was not measured for this study')
  })

  it('prints no employee figure at all when only two employees were interviewed', () => {
    const e = demo('en')
    const input = reportInput(e, 'en')
    input.diagnosis.floors.employee = { n: 2, floor: 5, under: true }
    const doc = buildReport(input)
    const text = JSON.stringify(doc.sections.filter((s) => s.id !== 'appendix' && s.id !== 'method'))
    expect(text).not.toMatch(/Employees’ profile|Median pragmatism index of employees|of employees speak/)
    expect(doc.sections.find((s) => s.id === 'pragmatism')!.blocks[0]).toMatchObject({
      kind: 'p',
      text: 'Employees: fewer than 3 respondents, no breakdown.',
    })
    const quotes = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'quotes' ? b.quotes : []))
    expect(quotes.filter((q) => q.by.startsWith('Employee'))).toEqual([])
  })

  it('skips an automatic verbatim that names someone, and flags one the consultant picked', () => {
    const e = demo('fr')
    const input = reportInput(e, 'fr')
    const name = input.realNames[0]!
    const auto = buildReport({
      ...input,
      excerpts: Object.fromEntries(Object.entries(input.excerpts).map(([k, v]) => [k, `${v} Demandez à ${name}.`])),
    })
    expect(auto.warnings).toEqual([])
    expect(JSON.stringify(auto)).not.toContain(name)
  })

  it('flags a verbatim that contains a respondent’s real name before it is sent', () => {
    const e = demo('fr')
    const input = reportInput(e, 'fr')
    const [key] = Object.keys(input.excerpts)
    const name = input.realNames[0]!
    input.excerpts[key!] = `Comme le dit ${name}, on ne trouve jamais rien ici.`
    const [doc] = [
      buildReport({
        ...input,
        picks: {
          pragmatism: [
            { documentId: key!.split(':')[0]!, start: Number(key!.split(':')[1]), end: Number(key!.split(':')[2]) },
          ],
        },
      }),
    ]
    expect(doc.warnings).toEqual([
      expect.objectContaining({ section: 'Outils ou appartenance\u202f: ce que veulent les gens', name }),
    ])
  })

  it('uses the consultant’s own executive summary and picked verbatims', () => {
    const e = demo('en')
    e.reportChoices.setText('executiveSummary', 'en', 'Our reading in one paragraph.\n\nAnd a second one.')
    const input = reportInput(e, 'en')
    const candidate = Object.keys(input.excerpts)[5]!
    const [documentId, start, end] = candidate.split(':')
    e.reportChoices.setVerbatims('attention', [{ documentId: documentId!, start: Number(start), end: Number(end) }])
    const doc = buildReport(reportInput(e, 'en'))
    const summary = doc.sections.find((s) => s.id === 'executiveSummary')!
    expect(summary.blocks.map((b) => (b.kind === 'p' ? b.text : ''))).toEqual([
      'Our reading in one paragraph.',
      'And a second one.',
    ])
    const quotes = doc.sections.find((s) => s.id === 'attention')!.blocks.find((b) => b.kind === 'quotes')!
    expect(quotes.kind === 'quotes' && quotes.quotes).toHaveLength(1)
  })

  it('carries the generated summary beside the consultant’s own, so the preview builds the report once', () => {
    const e = demo('en')
    const generated = buildReport(reportInput(e, 'en'))
    expect(generated.draftSummary).toEqual(generated.sections[0])
    e.reportChoices.setText('executiveSummary', 'en', 'Our reading in one paragraph.')
    const own = reportPreview(e, 'en')
    expect(own.html).toContain('Our reading in one paragraph.')
    const lead = generated.draftSummary.blocks[0]!
    expect(lead.kind === 'p' && own.draftSummary.startsWith(lead.text)).toBe(true)
    expect(own.draftSummary).not.toContain('Our reading')
  })

  it('is one self-contained HTML file: fonts and charts inline, nothing fetched', () => {
    const { html } = reportHtml(demo('fr'), 'fr', { forPrint: true })
    expect(html).toContain("font-family: 'Source Sans 3'")
    expect(html).toContain('data:font/woff2;base64,')
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(6)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(html).toContain('window.PagedConfig')
    expect(reportHtml(demo('fr'), 'fr', { forPrint: false }).html).not.toContain('window.PagedConfig')
  })
})

const chromium = findChromium()
const printing = chromium ? describe : process.env.CI === 'true' ? describe : describe.skip

printing('the PDF, printed by Chromium', () => {
  it('has every heading in the right language, the chart labels, page numbers and no real name', () => {
    for (const lang of ['fr', 'en'] as const) {
      const e = demo(lang)
      const names = e.identities.realNames()
      e.close()
      const out = path.join(tempDir(), `report-${lang}.pdf`)
      const r = terrain(['report', e.path, '--out', out, '--lang', lang])
      expect(r.code, r.stderr).toBe(0)
      const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
      const headings =
        lang === 'fr'
          ? [
              'Sommaire',
              'Synthèse',
              'Méthode',
              'L’écart de perception',
              'L’indice d’idéalisme',
              'Communautés ou groupes projet ?',
              'Recommandations',
              'Annexes',
            ]
          : [
              'Contents',
              'Executive summary',
              'Method',
              'The perception gap',
              'The idealism index',
              'Communities or project groups?',
              'Recommendations',
              'Appendix',
            ]
      // Each heading twice: in the contents and on its own page.
      const body = text.slice(text.indexOf(lang === 'fr' ? 'Annexes' : 'Appendix') + 10)
      for (const h of headings.slice(1)) expect(body, h).toContain(h)
      expect(text).toContain(lang === 'fr' ? 'Cru par la direction' : 'Believed by leadership')
      expect(text).toContain(lang === 'fr' ? 'Outils simples et efficaces' : 'Simple, efficient tools')
      expect(text).toMatch(/\b2 \/ \d\d\b/)
      for (const name of names) expect(text).not.toContain(name)
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
      expect(info).toMatch(/Page size:\s+59[45].\d+ x 841.\d+ pts \(A4\)/)
      expect(fs.statSync(out).size).toBeGreaterThan(50_000)
    }
  })

  it('writes no report whose picked verbatim names a respondent, in any format, unless told the consultant checked it', () => {
    const e = demoQuotingAName('fr')
    for (const file of ['named.html', 'deck.pptx', 'workbook.xlsx', 'report.docx']) {
      const out = path.join(tempDir(), file)
      const refused = terrain(['report', e.path, '--out', out])
      expect(refused.code, file).toBe(2)
      expect(refused.stderr).toContain(e.name)
      expect(fs.existsSync(out)).toBe(false)
      expect(terrain(['report', e.path, '--out', out, '--allow-names']).code).toBe(0)
      expect(fs.existsSync(out)).toBe(true)
    }
  }, 120_000)

  it('writes the HTML instead when asked, and refuses an unknown output kind', () => {
    const e = demo('en')
    e.close()
    const out = path.join(tempDir(), 'report.html')
    expect(terrain(['report', e.path, '--out', out]).code).toBe(0)
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/)
    const bad = terrain(['report', e.path, '--out', path.join(tempDir(), 'report.odt')])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/ends in .pdf, .html, .pptx \(PowerPoint\), .xlsx \(Excel\) or .docx \(Word\)/)
  })
})

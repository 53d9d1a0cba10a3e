import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportInput } from '../../electron/core/report/report-input'
import { buildReport } from '../../shared/report/build-report'
import type { Block, ReportDocument } from '../../shared/report/report-document'
import type { ReportInput } from '../../shared/report/report-input'
import { GROUPS, type Group, type Language } from '../../shared/domain/groups'
import { translate } from '../../shared/i18n/translate'
import { tempDir, track } from '../helpers/temp-engagement'

const demo = (lang: Language) => track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))

/** What a block lists line by line: a table's rows, a chart's categories, a quote's attribution. */
function rowsOf(block: Block): { row: string[]; where: string }[] {
  switch (block.kind) {
    case 'table':
      return block.rows.map((row) => ({ row, where: row.join(' | ') }))
    case 'quotes':
      return block.quotes.map((q) => ({ row: q.by.split(', '), where: `quote by ${q.by}` }))
    case 'figure': {
      const axes = [block.option.xAxis, block.option.yAxis].flat()
      const categories = axes.flatMap((a) => ((a as { data?: unknown[] } | undefined)?.data ?? []).map(String))
      return categories.map((c) => ({ row: [c], where: `${block.id}: ${c}` }))
    }
    default:
      return []
  }
}

/**
 * The respondents a row is about: those of the group, unit and site it names. Null when it names
 * none of them (a theme, a code, a collective).
 */
function peopleOf(row: string[], input: ReportInput): { n: number; below: boolean } | null {
  const lang = input.lang
  const groupNamed = (g: Group) =>
    row.includes(translate(lang, `groups.${g}`)) || row.includes(translate(lang, `group.${g}`))
  const groups = GROUPS.filter(groupNamed)
  const units = new Set(input.respondents.flatMap((r) => (r.unit && row.includes(r.unit) ? [r.unit] : [])))
  const sites = new Set(input.respondents.flatMap((r) => (r.site && row.includes(r.site) ? [r.site] : [])))
  if (groups.length === 0 && units.size === 0 && sites.size === 0) return null
  const people = input.respondents.filter(
    (r) =>
      (groups.length === 0 || groups.includes(r.group)) &&
      (units.size === 0 || units.has(r.unit ?? '')) &&
      (sites.size === 0 || sites.has(r.site ?? '')),
  )
  return { n: people.length, below: units.size > 0 || sites.size > 0 }
}

/** Rows that point at fewer than three people: a unit or site of one or two, or a small group shown as such. */
function smallCells(doc: ReportDocument, input: ReportInput): string[] {
  const fewer = translate(input.lang, 'report.table.fewer')
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap(rowsOf).flatMap(({ row, where }) => {
      const people = peopleOf(row, input)
      if (!people || people.n >= 3) return []
      // A group under three may be counted in the sample, said to be too small, and nothing more.
      if (!people.below && row.some((cell) => cell.includes(fewer))) return []
      return [`${s.id}: ${where} (${people.n} respondents)`]
    }),
  )
}

describe('the report never points at fewer than three people', () => {
  it('names a group, unit or site, in every section, only where three or more respondents share it', () => {
    for (const lang of ['en', 'fr'] as const) {
      const input = reportInput(demo(lang), lang)
      // The demo has units of one or two people in several groups: what this test is about.
      const cells = new Map<string, number>()
      for (const r of input.respondents) cells.set(`${r.group}|${r.unit}`, (cells.get(`${r.group}|${r.unit}`) ?? 0) + 1)
      expect([...cells.values()].some((n) => n < 3)).toBe(true)
      const doc = buildReport(input)
      expect(doc.sections.flatMap((s) => s.blocks.flatMap(rowsOf)).length).toBeGreaterThan(20)
      expect(smallCells(doc, input), lang).toEqual([])
    }
  })
})

describe('the consultant’s own texts', () => {
  it('raise a warning, with the name, when the executive summary names a respondent', () => {
    const e = demo('en')
    const name = e.identities.realNames()[0]!
    const summary = `Our reading in one paragraph: as ${name} put it, nobody finds anything here.`
    e.reportChoices.setText('executiveSummary', 'en', summary)
    const doc = buildReport(reportInput(e, 'en'))
    expect(doc.warnings).toEqual([{ section: 'Executive summary', respondent: '', name, text: summary }])
  })
})

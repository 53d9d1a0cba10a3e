import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { reportInput } from '../../electron/core/report/report-input'
import { buildReport, needs } from '../../shared/report/build-report'
import { renderReportHtml } from '../../shared/report/render-html'
import type { ReportDocument } from '../../shared/report/report-document'
import type { ReportInput } from '../../shared/report/report-input'
import {
  applyOverrides,
  bandsOf,
  MEASURE_OF_TRIGGER_VALUE,
  overridableMeasures,
  overrideOn,
} from '../../shared/domain/diagnosis/overrides'
import type { Group } from '../../shared/domain/groups'
import { bandName } from '../../shared/report/measure-names'
import { translator } from '../../shared/i18n/translate'
import { tempDir, track } from '../helpers/temp-engagement'

/**
 * Where the report states a measure's band (the executive summary, the measure's own section),
 * given the demo's data; a measure this does not know fails the test, so that a new one is placed.
 */
function statedIn(measure: string, input: ReportInput): string[] {
  const d = input.diagnosis
  const [head, group, ...rest] = measure.split('.')
  switch (head) {
    case 'idealismIndex':
      return d.idealismIndex.value === null ? [] : ['executiveSummary', 'idealism']
    case 'attentionLoad':
      return d.attentionLoad.value === null ? [] : ['executiveSummary', 'attention']
    case 'collectives':
      return d.collectives.items.length === 0 ? [] : ['collectives']
    case 'executionMaturity':
      return d.executionMaturity.value === null ? [] : ['execution']
    case 'enablers':
      return d.enablers[`${group}.${rest.join('.')}` as 'RH.POL'].nv === null ? [] : ['enablers']
    case 'pragmatism':
      // Only employees' profile is a sentence; the chart counts respondents by their own band.
      return group === 'employee' ? ['executiveSummary', 'pragmatism'] : []
    case 'perceptionGap': {
      // The table of notable gaps, for employees and managers of whom leaders said something, three
      // or more of them (customers' section is a chart).
      const rows = d.perceptionGap[group as Group]
      const row = rows.find((r) => r.code === rest.join('.'))!
      const tabled =
        (group === 'employee' || group === 'manager') &&
        d.floors[group].n >= 3 &&
        rows.some((r) => r.gap !== null && r.hypothesisCount > 0) &&
        row.gap !== null &&
        needs(input).has(row.code)
      return tabled ? ['perceptionGap'] : []
    }
    default:
      throw new Error(`Say where the report states the band of ${measure}.`)
  }
}

/** The report's HTML without its charts (which state no overridable band), section by section. */
function sectionTexts(doc: ReportDocument): Map<string, string> {
  const html = renderReportHtml(
    { ...doc, sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.filter((b) => b.kind !== 'figure') })) },
    { fonts: [] },
  )
  const text = (s: string) => s.replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'")
  return new Map(
    [...html.matchAll(/<section class="chapter" id="([^"]+)">([\s\S]*?)<\/section>/g)].map((m) => [m[1]!, text(m[2]!)]),
  )
}

/** Whether one sentence states the consultant's band, says the consultant set it, and names the computed band. */
function statesBoth(text: string, lang: 'fr' | 'en', band: string, computed: string | null): boolean {
  const tr = translator(lang)
  const [by, was] =
    lang === 'fr' ? ['fixé par le consultant', 'calculé\u202f: '] : ['set by the consultant', 'computed: ']
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .some((s) => s.includes(bandName(tr, band)) && s.includes(by) && s.includes(`${was}${bandName(tr, computed)}`))
}

const retained = (input: ReportInput) =>
  input.diagnosis.recommendations.filter((r) => r.id !== 'R0' && r.triggered && r.decision?.decision !== 'rejected')

describe.each(['fr', 'en'] as const)('a band the consultant set, in the %s report', (lang) => {
  const input = reportInput(track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang)), lang)
  const measures = overridableMeasures(input.diagnosis).filter((m) => overrideOn(input.diagnosis, m) === undefined)
  // Every other band of every measure; one other band of each perception-gap row (they are many).
  const cases = measures.flatMap((measure) => {
    const computed = applyOverrides(input.diagnosis, [{ measure, band: 'x', reason: '.' }], [])
    const from = overrideOn(computed, measure)!.computedBand
    const others = bandsOf(measure).filter((b) => b !== from)
    return (measure.startsWith('perceptionGap.') ? others.slice(0, 1) : others).map((band) => ({ measure, band }))
  })

  it('covers every overridable measure of the demo, and recommendations that read one', () => {
    expect(new Set(cases.map((c) => c.measure.split('.')[0]))).toEqual(
      new Set([
        'idealismIndex',
        'collectives',
        'executionMaturity',
        'attentionLoad',
        'enablers',
        'pragmatism',
        'perceptionGap',
      ]),
    )
    const read = retained(input).flatMap((r) => Object.keys(r.values).map((k) => MEASURE_OF_TRIGGER_VALUE[k]))
    expect(read).toEqual(expect.arrayContaining(['idealismIndex', 'attentionLoad', 'collectives']))
  })

  it.each(cases)(
    '$measure set to $band: the summary, its section and its recommendations say so',
    ({ measure, band }) => {
      const d = applyOverrides(input.diagnosis, [{ measure, band, reason: 'Seen on site.' }], [])
      const computed = overrideOn(d, measure)!.computedBand
      const sections = sectionTexts(buildReport({ ...input, diagnosis: d }))
      for (const id of statedIn(measure, input))
        expect(statesBoth(sections.get(id)!, lang, band, computed), id).toBe(true)
      const recs = sections.get('recommendations')!
      for (const r of retained(input).filter((x) =>
        Object.keys(x.values).some((k) => MEASURE_OF_TRIGGER_VALUE[k] === measure),
      )) {
        const own = recs.slice(recs.indexOf(`\n${r.id}. `)).split(/\nR\d+\. /)[1]!
        expect(statesBoth(own, lang, band, computed), r.id).toBe(true)
      }
    },
  )
})

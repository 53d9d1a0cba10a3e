import { overrideOf, type Overridden } from '../domain/diagnosis/overrides'
import type { ReportContext } from './report-context'
import type { Block, ReportSection } from './report-document'
import type { VerbatimSection } from './verbatim-candidates'
import { cardsFigure, collectivesFigure, gapFigure, pragmatismFigure, quadrantFigure } from './report-charts'
import type { MessageKey } from '../i18n/translate'

type Band = { band: string | null } & Overridden

/** A measure's headline: its value and band (the consultant's band, with the reason, when overridden). */
function headline(
  c: ReportContext,
  key: MessageKey,
  params: Record<string, string | number>,
  m: Band,
  indicative = false,
): Block[] {
  const blocks: Block[] = [
    { kind: 'p', tone: 'lead', text: c.t(key, { ...params, band: c.bandOf(m.band, m.override) }) },
  ]
  if (m.override)
    blocks.push({ kind: 'p', tone: 'note', text: c.t('report.finding.override', { reason: m.override.reason }) })
  if (indicative) blocks.push({ kind: 'p', tone: 'note', text: c.t('report.finding.indicative') })
  return blocks
}

/** The consultant's commentary, if any, then the quotes. */
function closing(c: ReportContext, id: VerbatimSection): Block[] {
  const text = c.text(id)
  if (text) c.checkNames(id, text)
  const quotes = c.quotes(id)
  return [
    ...(text ? [{ kind: 'p' as const, tone: 'edited' as const, text }] : []),
    ...(quotes.length ? [{ kind: 'quotes' as const, quotes }] : []),
  ]
}

const section = (c: ReportContext, id: string, blocks: (Block | null)[]): ReportSection => ({
  id,
  title: c.t(`report.section.${id}` as MessageKey),
  blocks: blocks.filter((b): b is Block => b !== null),
})

export function pragmatismSection(c: ReportContext): ReportSection | null {
  const emp = c.input.diagnosis.pragmatism.byGroup.employee
  if (emp.label === null) return null
  if (!c.shown('employee'))
    return section(c, 'pragmatism', [
      { kind: 'p', tone: 'note', text: c.t('report.gap.smallEmployees') },
      pragmatismFigure(c),
    ])
  return section(c, 'pragmatism', [
    ...headline(
      c,
      'report.finding.pragmatism',
      { median: c.number(emp.median, 2), label: c.bandOf(emp.label, (emp as Overridden).override) },
      { band: emp.label, ...(emp as Overridden) },
      emp.indicative,
    ),
    pragmatismFigure(c),
    ...closing(c, 'pragmatism'),
  ])
}

export function perceptionGapSection(c: ReportContext, needs: ReadonlySet<string>): ReportSection | null {
  const d = c.input.diagnosis
  // Customers have a section of their own.
  const groups = (['employee', 'manager'] as const).filter((g) =>
    d.perceptionGap[g].some((r) => r.gap !== null && r.hypothesisCount > 0),
  )
  if (groups.length === 0) return null
  const blocks: (Block | null)[] = []
  for (const g of groups) {
    if (!c.shown(g)) {
      blocks.push({ kind: 'p', tone: 'note', text: c.t('report.gap.smallGroup', { group: c.groupName(g) }) })
      continue
    }
    blocks.push({ kind: 'h2', text: c.groupName(g) }, gapFigure(c, g, needs))
    // A row the consultant moved in or out of the notable gaps stays, with both bands.
    const notable = (band: string | null | undefined) => band === 'major' || band === 'notable'
    const rows = d.perceptionGap[g].filter(
      (r) => r.gap !== null && needs.has(r.code) && (notable(r.band) || notable(overrideOf(r)?.band)),
    )
    if (rows.length) {
      blocks.push({
        kind: 'table',
        head: [
          c.t('report.table.theme'),
          c.t('report.table.said'),
          c.t('report.table.believed'),
          c.t('report.table.gap'),
          '',
        ],
        rows: rows.map((r) => [
          c.codeName(r.code),
          c.pct(r.expressed),
          c.pct(r.hypothesis),
          signed(c, r.gap),
          `${c.bandOf(r.band, overrideOf(r))}${r.direction ? ` · ${c.band(r.direction)}` : ''}`,
        ]),
        numeric: [1, 2, 3],
      })
    }
  }
  return section(c, 'perceptionGap', [...blocks, ...closing(c, 'perceptionGap')])
}

export function idealismSection(
  c: ReportContext,
  quadrant: Parameters<typeof quadrantFigure>[1],
): ReportSection | null {
  const ii = c.input.diagnosis.idealismIndex
  if (ii.value === null) return null
  return section(c, 'idealism', [
    ...headline(c, 'report.finding.idealism', { value: signed(c, ii.value) }, ii as Band, ii.indicative),
    quadrantFigure(c, quadrant),
    ...closing(c, 'idealism'),
  ])
}

export function customersSection(c: ReportContext, needs: ReadonlySet<string>): ReportSection | null {
  if (!c.shown('customer')) return null
  const fig = gapFigure(c, 'customer', new Set([...needs].filter((k) => k.startsWith('CLI.'))))
  const cards = cardsFigure(c)
  if (!fig && !cards) return null
  return section(c, 'customers', [fig, cards, ...closing(c, 'customers')])
}

export function collectivesSection(c: ReportContext): ReportSection | null {
  const col = c.input.diagnosis.collectives
  if (col.items.length === 0) return null
  return section(c, 'collectives', [
    ...headline(c, 'report.finding.collectives', { value: c.pct(col.misRate) }, col as Band),
    collectivesFigure(c),
    {
      kind: 'list',
      ordered: false,
      items: col.items
        .filter((i) => i.score !== null)
        .map((i) =>
          c.t('report.collective.verdict', {
            name: i.name,
            label: c.t(`diag.collectives.label.${i.label}` as MessageKey),
            band: c.band(i.band),
            score: i.score!,
          }),
        ),
    },
    ...closing(c, 'collectives'),
  ])
}

export function attentionSection(c: ReportContext): ReportSection | null {
  const al = c.input.diagnosis.attentionLoad
  if (al.value === null) return null
  return section(c, 'attention', [
    ...headline(c, 'report.finding.attention', { value: c.pct(al.value) }, al as Band, al.indicative),
    ...closing(c, 'attention'),
  ])
}

export function executionSection(c: ReportContext): ReportSection | null {
  const em = c.input.diagnosis.executionMaturity
  if (em.value === null) return null
  return section(c, 'execution', [
    ...headline(c, 'report.finding.execution', { value: em.value }, em as Band),
    ...closing(c, 'execution'),
  ])
}

export function enablersSection(c: ReportContext): ReportSection | null {
  const e = c.input.diagnosis.enablers
  const shown = (['RH.POL', 'MGT.PRA'] as const).filter((k) => e[k].nv !== null)
  if (shown.length === 0) return null
  return section(c, 'enablers', [
    ...shown.flatMap((k) =>
      headline(c, 'report.finding.enabler', { code: c.codeName(k), value: signed(c, e[k].nv, 2) }, e[k] as Band),
    ),
    ...closing(c, 'enablers'),
  ])
}

/** A signed figure with a real minus sign (−), as a reader expects it. */
export function signed(c: ReportContext, v: number | null, digits = 0): string {
  return c.tr.signed(v, digits)
}

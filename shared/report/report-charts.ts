import type { EChartsOption } from 'echarts'
import { GROUPS, type Group } from '../domain/groups'
import { IBM_2011 } from '../domain/diagnosis/ibm-benchmark'
import { cardRows, perceptionGapOption, themeRows } from './charts/perception-gap-chart'
import { pragmatismOption } from './charts/pragmatism-chart'
import { quadrantOption } from './charts/quadrant-chart'
import { copScoresOption } from './charts/collectives-chart'
import type { ReportContext } from './report-context'
import type { Block } from './report-document'
import type { MessageKey } from '../i18n/translate'

/** The report's typeface, inlined in the HTML, used by the charts too. */
export const REPORT_FONT = "'Source Sans 3', 'Segoe UI', Arial, sans-serif"
const withFont = (o: EChartsOption): EChartsOption => ({
  ...o,
  textStyle: { ...(o.textStyle as object), fontFamily: REPORT_FONT },
})

type Figure = Extract<Block, { kind: 'figure' }>

export function pragmatismFigure(c: ReportContext): Figure | null {
  const byGroup = c.input.diagnosis.pragmatism.byGroup
  // Groups with no respondent scored (customers' needs are read elsewhere) would be an empty bar.
  const groups = GROUPS.filter((g) => byGroup[g].label !== null && byGroup[g].valid > 0 && c.shown(g))
  if (groups.length === 0) return null
  const shown = Object.fromEntries(
    GROUPS.map((g) => [g, groups.includes(g) ? byGroup[g] : { ...byGroup[g], label: null }]),
  ) as typeof byGroup
  const option = pragmatismOption(shown, {
    group: (g) => c.groupName(g),
    pragmatic: c.band('pragmatic'),
    mixed: c.band('mixed'),
    relational: c.band('relational'),
    insufficient: c.band('insufficientEvidence'),
  })
  return {
    kind: 'figure',
    id: 'fig-pragmatism',
    option: withFont(option),
    height: 70 + groups.length * 42,
    caption: c.t('report.figure.pragmatism'),
  }
}

export function gapFigure(c: ReportContext, group: Group, needs: ReadonlySet<string>): Figure | null {
  const rows = themeRows(c.input.diagnosis.perceptionGap[group].filter((r) => needs.has(r.code)))
  if (rows.length === 0) return null
  const option = perceptionGapOption(rows, {
    said: c.t('diag.gap.expressed', { group: c.groupName(group).toLowerCase() }),
    believed: c.t('diag.gap.hypothesis'),
    name: (k) => c.codeName(k),
    bandName: (b) => c.band(b),
    indicative: c.t('diag.indicative'),
    percent: (v) => c.pct(v),
  })
  return {
    kind: 'figure',
    id: `fig-gap-${group}`,
    option: withFont(option),
    height: 56 + rows.length * 30,
    caption: c.t('report.figure.gap', { group: c.groupName(group) }),
  }
}

export function cardsFigure(c: ReportContext): Figure | null {
  const rows = cardRows(c.input.diagnosis.motiveCards.customer)
  if (rows.length === 0 || !c.shown('customer')) return null
  const option = perceptionGapOption(
    rows,
    {
      said: c.t('diag.gap.expressed', { group: c.groupName('customer').toLowerCase() }),
      believed: c.t('diag.gap.hypothesis'),
      benchmark: c.t('diag.cards.benchmark'),
      name: (k) => c.input.cardLabels[k]?.[c.input.lang] ?? k,
      bandName: (b) => c.band(b),
      indicative: c.t('diag.indicative'),
      percent: (v) => c.pct(v),
    },
    Object.fromEntries(Object.entries(IBM_2011).map(([k, v]) => [k, v.consumers])),
  )
  return {
    kind: 'figure',
    id: 'fig-cards',
    option: withFont(option),
    height: 56 + rows.length * 30,
    caption: c.t('report.figure.cards'),
    note: c.t('report.cards.caveat'),
  }
}

export function quadrantFigure(
  c: ReportContext,
  points: { group: Group; expressed: number; hypothesis: number }[],
): Figure | null {
  const shown = points.filter((p) => c.shown(p.group))
  if (shown.length === 0) return null
  const option = quadrantOption(shown, {
    group: (g) => c.groupName(g),
    expressed: c.t('diag.quadrant.expressed'),
    hypothesis: c.t('diag.quadrant.hypothesis'),
    idealistCompany: c.t('diag.quadrant.idealistCompany'),
  })
  return {
    kind: 'figure',
    id: 'fig-quadrant',
    option: withFont(option),
    height: 320,
    caption: c.t('report.figure.quadrant'),
  }
}

export function collectivesFigure(c: ReportContext): Figure | null {
  const items = c.input.diagnosis.collectives.items
  if (items.filter((i) => i.score !== null).length === 0) return null
  const option = copScoresOption(items, (label) => c.t(`diag.collectives.label.${label}` as MessageKey))
  return {
    kind: 'figure',
    id: 'fig-collectives',
    option: withFont(option),
    height: 40 + items.length * 30,
    caption: c.t('report.figure.collectives'),
  }
}

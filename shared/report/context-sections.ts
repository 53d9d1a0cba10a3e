import { GROUPS, type Group } from '../domain/groups'
import type { ReportContext } from './report-context'
import type { Block, ReportSection } from './report-document'
import type { MessageKey } from '../i18n/translate'
import { signed } from './finding-sections'
import { SMALL_GROUP } from './report-context'

const title = (c: ReportContext, id: string) => c.t(`report.section.${id}` as MessageKey)

/** Triggered recommendations first (the consultant's rejections left out), each with its evidence. */
function retained(c: ReportContext) {
  return c.input.diagnosis.recommendations.filter((r) => r.triggered && r.decision?.decision !== 'rejected')
}

function recommendationTitle(c: ReportContext, r: ReturnType<typeof retained>[number]): string {
  const edited = r.decision?.decision === 'edited' ? r.decision.text[c.input.lang] : null
  return edited || c.t(`rec.${r.id}` as MessageKey)
}

/** A generated draft from the triggered findings, unless the consultant wrote the summary. */
export function executiveSummary(c: ReportContext): ReportSection {
  const own = c.text('executiveSummary')
  if (own)
    return {
      id: 'executiveSummary',
      title: title(c, 'executiveSummary'),
      blocks: own.split(/\n{2,}/).map((p) => ({ kind: 'p', text: p.trim(), tone: 'edited' })),
    }
  const d = c.input.diagnosis
  const e = c.input.engagement
  const composition = GROUPS.filter((g) => d.floors[g].n > 0)
    .map((g) => c.tr.tn(`report.count.${g}`, d.floors[g].n))
    .join(', ')
  const respondents = GROUPS.reduce((s, g) => s + d.floors[g].n, 0)
  const blocks: Block[] = [
    {
      kind: 'p',
      tone: 'lead',
      text:
        e.startDate && e.endDate
          ? c.t('report.summary.sample', {
              start: c.date(e.startDate),
              end: c.date(e.endDate),
              respondents,
              composition,
              codes: c.input.codes.length,
              codings: c.input.codings,
            })
          : c.t('report.summary.sampleNoDates', {
              respondents,
              composition,
              codes: c.input.codes.length,
              codings: c.input.codings,
            }),
    },
  ]
  const emp = d.pragmatism.byGroup.employee
  if (emp.label && emp.label !== 'insufficientEvidence') {
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.pragmatism', {
        label: c.band(emp.label),
        pragmatic: emp.distribution.pragmatic,
        valid: emp.valid,
        median: c.number(emp.median, 2),
      }),
    })
  }
  if (d.idealismIndex.value !== null) {
    const rows = d.perceptionGap.employee.filter((r) => r.gap !== null && r.band === 'major')
    const names = (dir: string) =>
      rows
        .filter((r) => r.direction === dir)
        .slice(0, 3)
        .map((r) =>
          c.input.lang === 'fr' ? `« ${c.codeName(r.code).toLowerCase()} »` : `“${c.codeName(r.code).toLowerCase()}”`,
        )
        .join(c.input.lang === 'fr' ? ' ; ' : '; ') || '—'
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.idealism', {
        band: c.band(d.idealismIndex.band),
        value: signed(c, d.idealismIndex.value),
        over: names('overestimate'),
        under: names('blindSpot'),
      }),
    })
  }
  if (d.collectives.misRate !== null && d.collectives.inDisguise > 0) {
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.collectives', {
        inDisguise: d.collectives.inDisguise,
        communities: d.collectives.communityLabelled,
      }),
    })
  }
  if (d.attentionLoad.value !== null && d.attentionLoad.band !== 'low') {
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.attention', {
        band: c.band(d.attentionLoad.band),
        value: c.pct(d.attentionLoad.value),
      }),
    })
  }
  const recs = retained(c).filter((r) => r.id !== 'R0')
  if (recs.length) {
    blocks.push(
      { kind: 'p', text: c.t('report.summary.recommendations') },
      { kind: 'list', ordered: true, items: recs.map((r) => recommendationTitle(c, r)) },
    )
  }
  return { id: 'executiveSummary', title: title(c, 'executiveSummary'), blocks }
}

export function method(c: ReportContext): ReportSection {
  const d = c.input.diagnosis
  const rows = GROUPS.filter((g) => d.floors[g].n > 0).map((g) => [
    c.groupName(g),
    String(d.floors[g].n),
    c.shown(g) ? (d.floors[g].under ? c.t('diag.indicative') : '') : c.t('report.table.notBrokenDown'),
  ])
  return {
    id: 'method',
    title: title(c, 'method'),
    blocks: [
      { kind: 'p', text: c.t('report.method.body') },
      {
        kind: 'p',
        text: c.t('report.method.interviews', { interviews: c.input.interviewsDone, codings: c.input.codings }),
      },
      { kind: 'table', head: [c.t('report.table.group'), c.t('report.table.respondents'), ''], rows, numeric: [1] },
      { kind: 'p', tone: 'note', text: c.t('report.method.floors') },
      { kind: 'p', tone: 'note', text: c.t('report.method.agreement') },
    ],
  }
}

export function recommendations(c: ReportContext): ReportSection {
  const recs = retained(c)
  const blocks: Block[] = recs.length ? [] : [{ kind: 'p', text: c.t('report.recommendation.none') }]
  for (const r of recs) {
    const values = Object.entries(r.values)
      .filter(([, v]) => v !== null && v !== '')
      .map(([k, v]) => c.t(`report.value.${k}` as MessageKey, { value: valueText(c, k, v!) }))
      .join(' ; ')
    blocks.push({ kind: 'h2', text: `${r.id}. ${recommendationTitle(c, r)}` })
    if (r.decision?.reason) blocks.push({ kind: 'p', tone: 'edited', text: r.decision.reason })
    if (values) blocks.push({ kind: 'p', tone: 'note', text: c.t('report.recommendation.evidence', { values }) })
    const quotes = c.quotesOf(r.supporting, 2)
    if (quotes.length) blocks.push({ kind: 'quotes', quotes })
    if (r.counterCount > 0) {
      blocks.push({ kind: 'p', tone: 'note', text: c.tr.tn('report.recommendation.counter', r.counterCount) })
    }
  }
  return { id: 'recommendations', title: title(c, 'recommendations'), blocks }
}

export function appendix(c: ReportContext): ReportSection {
  const lang = c.input.lang
  const blocks: Block[] = [
    { kind: 'h2', text: c.t('report.appendix.units') },
    unitsTable(c),
    { kind: 'h2', text: c.t('report.appendix.codebook') },
  ]
  blocks.push({
    kind: 'table',
    head: [c.t('report.table.code'), c.t('report.table.theme'), c.t('report.table.definition')],
    rows: c.input.codes.map((k) => [k.key, k.name[lang], k.definition[lang]]),
    numeric: [],
  })
  for (const g of c.input.guides) {
    blocks.push({ kind: 'h2', text: c.t('report.appendix.guide', { group: c.groupName(g.group) }) })
    blocks.push({ kind: 'list', ordered: true, items: g.questions.map((q) => q.text[lang]) })
  }
  return { id: 'appendix', title: title(c, 'appendix'), blocks }
}

/** A trigger value as a reader understands it: shares in %, bands and groups by name, yes or no. */
function valueText(c: ReportContext, key: string, v: number | boolean | string): string {
  if (typeof v === 'boolean') return c.t(v ? 'report.yes' : 'report.no')
  if (typeof v === 'string') {
    if (key === 'groupsUnderFloor')
      return v
        .split(',')
        .filter(Boolean)
        .map((g) => c.groupName(g as Group))
        .join(', ')
    return c.band(v)
  }
  if (/^(expressed|negative.*Share|misRate|attentionLoad)/.test(key)) return c.pct(v)
  if (/^(gap|valueLead)/.test(key)) return signed(c, v)
  return c.number(v, Number.isInteger(v) ? 0 : 2)
}

/** Respondents by group and unit; a cell under three people shows no number (it could name them). */
function unitsTable(c: ReportContext): Block {
  const counts = new Map<string, number>()
  for (const r of c.input.respondents) {
    const key = `${r.group}|${r.group === 'customer' ? '' : (r.unit ?? '')}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const order = (key: string) => GROUPS.indexOf(key.split('|')[0] as Group)
  const rows = [...counts.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([key, n]) => {
      const [group, unit] = key.split('|')
      return [c.groupName(group as Group), unit || '—', n >= SMALL_GROUP ? String(n) : c.t('report.table.fewer')]
    })
  const head = [c.t('report.table.group'), c.t('report.table.unit'), c.t('report.table.respondents')]
  return { kind: 'table', head, rows, numeric: [2] }
}

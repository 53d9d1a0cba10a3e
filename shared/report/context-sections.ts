import { GROUPS } from '../domain/groups'
import type { Recommendation } from '../domain/diagnosis/result'
import { SMALL_GROUP, type ReportContext } from './report-context'
import type { Block, ReportSection } from './report-document'
import type { MessageKey } from '../i18n/translate'
import { signed } from './finding-sections'
import { overrideOf } from '../domain/diagnosis/overrides'
import { overriddenTriggerNote } from './measure-names'
import { triggerValueTexts } from './trigger-values'

const title = (c: ReportContext, id: string) => c.t(`report.section.${id}` as MessageKey)

/**
 * The recommendations the report makes: triggered, not rejected by the consultant. R0 (qualify
 * the findings) is a caveat of the method, not a recommendation to the client.
 */
function retained(c: ReportContext): Recommendation[] {
  return c.input.diagnosis.recommendations.filter(
    (r) => r.id !== 'R0' && r.triggered && r.decision?.decision !== 'rejected',
  )
}

function recommendationTitle(c: ReportContext, r: Recommendation): string {
  const edited = r.decision?.decision === 'edited' ? r.decision.text[c.input.lang] : null
  return edited || c.t(`rec.${r.id}` as MessageKey)
}

const quoted = (c: ReportContext, s: string) => c.tr.quote(s)
const listSeparator = (c: ReportContext) => (c.input.lang === 'fr' ? ' ; ' : '; ')

/** The consultant's summary, or else the generated one. */
export function executiveSummary(c: ReportContext, needs: ReadonlySet<string>): ReportSection {
  const own = c.text('executiveSummary')
  if (!own) return generatedSummary(c, needs)
  c.checkNames('executiveSummary', own)
  return { id: 'executiveSummary', title: title(c, 'executiveSummary'), blocks: paragraphs(own) }
}

/** A draft summary generated from the findings: the report's when the consultant wrote none, the starting point of theirs. */
export function generatedSummary(c: ReportContext, needs: ReadonlySet<string>): ReportSection {
  const d = c.input.diagnosis
  const e = c.input.engagement
  const composition = GROUPS.filter((g) => d.floors[g].n > 0)
    .map((g) => c.tr.tn(`report.count.${g}`, d.floors[g].n))
    .join(', ')
  const respondents = GROUPS.reduce((s, g) => s + d.floors[g].n, 0)
  const people = c.tr.tn('report.count.people', respondents)
  const sample = { people, composition, codes: c.input.codes.length, codings: c.number(c.input.codings) }
  const blocks: Block[] = [
    {
      kind: 'p',
      tone: 'lead',
      text:
        e.startDate && e.endDate
          ? c.t('report.summary.sample', { start: c.date(e.startDate), end: c.date(e.endDate), ...sample })
          : c.t('report.summary.sampleNoDates', sample),
    },
  ]
  const emp = d.pragmatism.byGroup.employee
  // Employee figures only where there are enough employees to print them; a band the consultant set is said.
  if (c.shown('employee') && emp.label && (emp.label !== 'insufficientEvidence' || overrideOf(emp))) {
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.pragmatism', {
        label: c.bandOf(emp.label, overrideOf(emp)),
        pragmatic: emp.distribution.pragmatic,
        valid: emp.valid,
        median: c.number(emp.median, 2),
      }),
    })
  }
  if (c.shown('employee') && d.idealismIndex.value !== null) {
    const major = (r: (typeof d.perceptionGap.employee)[number]) => (overrideOf(r)?.band ?? r.band) === 'major'
    const rows = d.perceptionGap.employee.filter((r) => r.gap !== null && major(r) && needs.has(r.code))
    const names = (dir: string) =>
      rows
        .filter((r) => r.direction === dir)
        .slice(0, 3)
        .map((r) => quoted(c, c.codeName(r.code).toLowerCase()))
        .join(listSeparator(c)) || '—'
    blocks.push({
      kind: 'p',
      text: c.t('report.summary.idealism', {
        band: c.bandOf(d.idealismIndex.band, overrideOf(d.idealismIndex)),
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
  const al = d.attentionLoad
  const alOverride = overrideOf(al)
  // A level the consultant set is said even when low: the summary never contradicts the section.
  if (al.value !== null && (al.band !== 'low' || alOverride) && c.shown('employee')) {
    const value = c.pct(al.value)
    blocks.push({
      kind: 'p',
      text: alOverride
        ? c.t('report.summary.attentionOverridden', {
            value,
            band: c.band(alOverride.band),
            computed: c.band(alOverride.computedBand),
          })
        : c.t('report.summary.attention', { band: c.band(al.band), value }),
    })
  }
  const recs = retained(c)
  if (recs.length) {
    blocks.push(
      { kind: 'p', text: c.t('report.summary.recommendations') },
      { kind: 'list', ordered: false, items: recs.map((r) => `${r.id}. ${recommendationTitle(c, r)}`) },
    )
  }
  return { id: 'executiveSummary', title: title(c, 'executiveSummary'), blocks }
}

/** The consultant's text: paragraphs on blank lines, "1. …" lines as a list. */
function paragraphs(text: string): Block[] {
  return text.split(/\n{2,}/).map((p): Block => {
    const lines = p.trim().split('\n')
    if (lines.length > 1 && lines.every((l) => /^\s*(\d+[.)]|[-•])\s+/.test(l))) {
      return {
        kind: 'list',
        ordered: /^\s*\d/.test(lines[0]!),
        items: lines.map((l) => l.replace(/^\s*(\d+[.)]|[-•])\s+/, '')),
      }
    }
    return { kind: 'p', text: p.trim(), tone: 'edited' }
  })
}

/** How reliable the coding is: measured where consultants coded the same answers, or said not to be. */
function agreementNote(c: ReportContext): string {
  const a = c.input.agreement
  if (!a || a.meanAlpha === null) return c.t('report.method.agreement')
  const measured = c.tr.tn('report.method.agreementMeasured', a.respondents, {
    coders: a.coders,
    answers: a.answers,
    alpha: c.number(a.meanAlpha, 2),
    tentative: c.number(a.thresholds.tentativeBelow, 2),
    unreliable: c.number(a.thresholds.unreliableBelow, 3),
  })
  return a.settled > 0 ? `${measured} ${c.tr.tn('report.method.agreementSettled', a.settled)}` : measured
}

export function method(c: ReportContext): ReportSection {
  const d = c.input.diagnosis
  const rows = GROUPS.filter((g) => d.floors[g].n > 0).map((g) => [
    c.groupName(g),
    String(d.floors[g].n),
    c.shown(g) ? (d.floors[g].under ? c.t('diag.indicative') : '') : c.t('report.table.notBrokenDown'),
  ])
  const blocks: Block[] = [
    { kind: 'p', text: c.t('report.method.body') },
    {
      kind: 'p',
      text: c.t('report.method.interviews', { interviews: c.input.interviewsDone, codings: c.number(c.input.codings) }),
    },
    { kind: 'table', head: [c.t('report.table.group'), c.t('report.table.respondents'), ''], rows, numeric: [1] },
    { kind: 'p', tone: 'note', text: c.t('report.method.floors') },
    { kind: 'p', tone: 'note', text: agreementNote(c) },
  ]
  const r0 = d.recommendations.find((r) => r.id === 'R0')
  if (r0?.triggered) {
    const under = GROUPS.filter((g) => d.floors[g].under).map((g) => c.groupName(g))
    blocks.push({
      kind: 'p',
      tone: 'note',
      text: c.t('report.method.caveat', { reason: c.t('trigger.groupsUnderFloor', { value: under.join(', ') }) }),
    })
  }
  return { id: 'method', title: title(c, 'method'), blocks }
}

export function recommendations(c: ReportContext): ReportSection {
  const recs = retained(c)
  const blocks: Block[] = recs.length ? [] : [{ kind: 'p', text: c.t('report.recommendation.none') }]
  for (const r of recs) {
    // What made it fire: the values with data, employees' figures only where employees are shown.
    const values = triggerValueTexts(c.tr, r.values, {
      keep: (k, v) =>
        v !== null && v !== '' && v !== false && (c.shown('employee') || !/employee|Find|Flow|Recognition/i.test(k)),
    }).join(listSeparator(c))
    blocks.push({ kind: 'h2', text: `${r.id}. ${recommendationTitle(c, r)}` })
    if (r.decision?.reason) {
      c.checkNames('recommendations', r.decision.reason)
      blocks.push({ kind: 'p', tone: 'edited', text: r.decision.reason })
    }
    if (values) blocks.push({ kind: 'p', tone: 'note', text: c.t('report.recommendation.evidence', { values }) })
    blocks.push(...overriddenTriggers(c, r))
    const quotes = c.quotesOf(r.supporting, 2, 'recommendations')
    if (quotes.length) blocks.push({ kind: 'quotes', quotes })
    if (r.counterCount > 0) {
      blocks.push({ kind: 'p', tone: 'note', text: c.tr.tn('report.recommendation.counter', r.counterCount) })
    }
  }
  return { id: 'recommendations', title: title(c, 'recommendations'), blocks }
}

/** Beside a trigger, each measure it reads whose band the consultant set (employees' only if shown). */
function overriddenTriggers(c: ReportContext, r: Recommendation): Block[] {
  return (r.overridden ?? [])
    .filter((o) => c.shown('employee') || !o.measure.includes('employee'))
    .map((o) => ({ kind: 'p', tone: 'note', text: overriddenTriggerNote(c.tr, o, (k) => c.codeName(k)) }))
}

export function appendix(c: ReportContext): ReportSection {
  const lang = c.input.lang
  const brand = c.input.engagement.client || (lang === 'fr' ? 'l’entreprise' : 'the company')
  const blocks: Block[] = [
    { kind: 'h2', text: c.t('report.appendix.units') },
    unitsTable(c),
    { kind: 'h2', text: c.t('report.appendix.codebook') },
    {
      kind: 'table',
      head: [c.t('report.table.code'), c.t('report.table.theme'), c.t('report.table.definition')],
      rows: c.input.codes.map((k) => [k.key, k.name[lang], k.definition[lang]]),
      numeric: [],
    },
  ]
  for (const g of c.input.guides) {
    blocks.push({ kind: 'h2', text: c.t('report.appendix.guide', { group: c.groupName(g.group) }) })
    blocks.push({
      kind: 'list',
      ordered: true,
      items: g.questions.map((q) => q.text[lang].replace(/\[(marque|brand)\]/gi, brand)),
    })
  }
  return { id: 'appendix', title: title(c, 'appendix'), blocks }
}

/**
 * Respondents by group and unit. A group under three has one row and no unit; within a group, the
 * units of fewer than three people are counted together, so that no row points at a person.
 */
function unitsTable(c: ReportContext): Block {
  const rows: string[][] = []
  for (const g of GROUPS) {
    const people = c.input.respondents.filter((r) => r.group === g)
    if (people.length === 0) continue
    if (!c.shown(g) || g === 'customer') {
      rows.push([c.groupName(g), '—', people.length >= SMALL_GROUP ? String(people.length) : c.t('report.table.fewer')])
      continue
    }
    const byUnit = new Map<string, number>()
    for (const r of people) byUnit.set(r.unit ?? '', (byUnit.get(r.unit ?? '') ?? 0) + 1)
    let others = 0
    for (const [unit, n] of [...byUnit.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (n >= SMALL_GROUP && unit) rows.push([c.groupName(g), unit, String(n)])
      else others += n
    }
    if (others > 0)
      rows.push([
        c.groupName(g),
        c.t('report.table.otherUnits'),
        others >= SMALL_GROUP ? String(others) : c.t('report.table.fewer'),
      ])
  }
  const head = [c.t('report.table.group'), c.t('report.table.unit'), c.t('report.table.respondents')]
  return { kind: 'table', head, rows, numeric: [2] }
}

import type { ReportDocument, ReportSection } from './report-document'
import type { ReportInput } from './report-input'
import { ReportContext } from './report-context'
import { appendix, executiveSummary, generatedSummary, method, recommendations } from './context-sections'
import {
  attentionSection,
  collectivesSection,
  customersSection,
  enablersSection,
  executionSection,
  idealismSection,
  perceptionGapSection,
  pragmatismSection,
} from './finding-sections'
import { quadrant } from '../domain/diagnosis/quadrant'

/** The needs the charts show: codes with a role in the indices, or customer expectations. */
export function needs(input: ReportInput): Set<string> {
  const roles = new Set(input.diagnosis.idealismIndex.pairs.map((p) => p.code))
  for (const c of input.codes)
    if (c.family === 'OUT' || c.family === 'APP' || c.family === 'CLI' || c.key === 'COL.COP') roles.add(c.key)
  return roles
}

/**
 * The client report: executive summary, method, one section per finding with its chart and
 * verbatims, the recommendations, and the appendix. Pseudonymous throughout; no breakdown for a
 * group under three respondents.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const c = new ReportContext(input)
  const need = needs(input)
  const roleOf = (code: string) => input.diagnosis.idealismIndex.pairs.find((p) => p.code === code)?.role ?? null
  const points = quadrant(
    {
      employee: input.diagnosis.perceptionGap.employee,
      manager: input.diagnosis.perceptionGap.manager,
      customer: input.diagnosis.perceptionGap.customer,
    },
    roleOf,
  )
  const findings = [
    pragmatismSection(c),
    perceptionGapSection(c, need),
    idealismSection(c, points),
    customersSection(c, need),
    collectivesSection(c),
    attentionSection(c),
    executionSection(c),
    enablersSection(c),
  ].filter((s): s is ReportSection => s !== null)
  // Summary last to build, first to show: it may quote what the findings decided.
  const sections = [method(c), ...findings, recommendations(c), appendix(c)]
  return {
    lang: input.lang,
    meta: {
      client: input.engagement.client,
      title: input.engagement.title,
      date: c.date(input.generatedOn),
      consultants: input.engagement.consultants,
    },
    sections: [executiveSummary(c, need), ...sections],
    warnings: c.warnings,
    draftSummary: generatedSummary(c, need),
  }
}

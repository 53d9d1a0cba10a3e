import type { DeliverableSource } from '../deliverable-source'
import { openWorkbook } from './xlsx-buffer'
import { workbookContext } from './workbook-context'
import { excerptRows } from './excerpt-rows'
import { addExcerptsSheet } from './excerpts-sheet'
import { addCodesByGroupSheet } from './codes-by-group-sheet'
import { addPerceptionGapSheet } from './perception-gap-sheet'
import { addIndicesSheet } from './indices-sheet'
import { addRecommendationsSheet } from './recommendations-sheet'
import { addCodebookSheet } from './codebook-sheet'

/**
 * The workbook a client's analyst checks the diagnosis with, in the report's language: every
 * coding of the engagement (pseudonymous; no group, unit or site for a group under three), then
 * the figures the report is built from: codes by group, the perception gap, indices and bands with
 * the consultant's overrides, the recommendations and the codebook. Every text is a string cell:
 * nothing an interview or a consultant wrote can become a formula.
 */
export async function buildWorkbook(src: DeliverableSource): Promise<Buffer> {
  const c = workbookContext(src.input)
  const e = src.engagement
  // Reading the codings and writing them are most of the work: 40 % each.
  const rows = excerptRows(e, {
    lang: src.input.lang,
    shown: c.shown,
    progress: (done, total) => src.step((0.4 * done) / total),
  })
  src.step(0.4)
  const { workbook, finish } = openWorkbook({
    title: [src.input.engagement.client, src.input.engagement.title].filter(Boolean).join(' · '),
    created: new Date(`${src.input.generatedOn}T00:00:00Z`),
  })
  addExcerptsSheet(workbook, rows, c.tr, (done) => src.step(0.4 + (0.4 * done) / rows.length))
  src.step(0.8)
  addCodesByGroupSheet(workbook, e, c)
  addPerceptionGapSheet(workbook, c)
  addIndicesSheet(workbook, c)
  addRecommendationsSheet(workbook, c)
  addCodebookSheet(workbook, e, c)
  src.step(0.9)
  const bytes = await finish()
  src.step(1)
  return bytes
}

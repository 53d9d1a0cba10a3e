import type { z } from 'zod'
import { RetrievalQuery } from '../../../../shared/api/retrieval'
import type { Language } from '../../../../shared/domain/groups'
import { translator } from '../../../../shared/i18n/translate'
import type { Engagement } from '../../engagement/engagement'
import { diagnosisView } from '../../diagnosis/diagnosis-view'
import { UNWATCHED_JOB, type JobControl } from '../../jobs/job-control'
import { writeReportFile } from '../../report/write-report'
import { matchingCodings } from '../../retrieval/matching-codings'
import { listedCodes, queryScope } from '../../retrieval/query-scope'
import { excerptRows } from './excerpt-rows'
import { addExcerptsSheet } from './excerpts-sheet'
import { shownGroups } from './shown-groups'
import { openWorkbook } from './xlsx-buffer'

/**
 * The Retrieve tab's excerpts as a workbook: the codings its query finds, filtered as shown, in
 * the shape of the Excerpts sheet (one row per coding, pseudonymous, no group, unit or site for a
 * group under three), every text a string cell. Written whole under another name, then moved.
 */
export async function exportRetrievedExcerpts(
  e: Engagement,
  o: { query: z.input<typeof RetrievalQuery>; path: string; language: Language },
  job: JobControl = UNWATCHED_JOB,
): Promise<{ path: string; codings: number }> {
  job.step(0, 100)
  const query = RetrievalQuery.parse(o.query)
  const scope = queryScope(e.db, query)
  const { anchor, overlapping } = listedCodes(scope)
  const from = matchingCodings(query, anchor, overlapping, scope.sets.excluded)
  const ids = e.db.prepare(`SELECT c.id ${from.sql}`).pluck().all(from.params) as string[]
  const tr = translator(o.language)
  const rows = excerptRows(e, {
    lang: o.language,
    // The diagnosis (cached, most often) only checks for a cancel: this job's progress is its own.
    shown: shownGroups(diagnosisView(e, { id: job.id, step: () => job.check(), check: job.check }).diagnosis.floors),
    codingIds: ids,
    progress: (done, total) => job.step(10 + Math.round((40 * done) / Math.max(total, 1)), 100),
  })
  const { workbook, finish } = openWorkbook({ title: tr.t('workbook.sheet.excerpts'), created: new Date() })
  addExcerptsSheet(workbook, rows, tr, (done) => job.step(50 + Math.round((40 * done) / Math.max(rows.length, 1)), 100))
  const bytes = await finish()
  // The last moment to stop: past it the file is written whole.
  job.check()
  writeReportFile(o.path, bytes)
  return { path: o.path, codings: rows.length }
}

import type { Language } from '../../../shared/domain/groups'
import { buildReport } from '../../../shared/report/build-report'
import { renderReportHtml } from '../../../shared/report/render-html'
import type { ReportDocument } from '../../../shared/report/report-document'
import type { ReportInput } from '../../../shared/report/report-input'
import type { Engagement } from '../engagement/engagement'
import { reportInput } from './report-input'
import { pagedScript, reportFonts } from './report-assets'
import { reportPrintPolicy } from './print-page-policy'

export type ReportStep = 'gather' | 'charts' | 'print'
export type ReportProgress = (step: ReportStep, done: number, total: number) => void

/** The report's HTML: for printing (with Paged.js) or for the on-screen preview (without). */
export function reportHtml(
  e: Engagement,
  lang: Language,
  o: { forPrint: boolean; onProgress?: ReportProgress; input?: ReportInput },
): { html: string; doc: ReportDocument } {
  o.onProgress?.('gather', 0, 1)
  const doc = buildReport(o.input ?? reportInput(e, lang))
  o.onProgress?.('gather', 1, 1)
  const html = renderReportHtml(doc, {
    fonts: reportFonts(),
    ...(o.forPrint ? { pagedScript: pagedScript(), contentSecurityPolicy: reportPrintPolicy() } : {}),
    onChart: (done, total) => o.onProgress?.('charts', done, total),
  })
  return { html, doc }
}

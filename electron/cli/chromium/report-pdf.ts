import type { Language } from '../../../shared/domain/groups'
import type { Engagement } from '../../core/engagement/engagement'
import { reportHtml, type ReportProgress } from '../../core/report/export-report'
import { printPdf } from './print-pdf'

/**
 * The report as a PDF through a system Chromium, for the CLI and the tests. The app prints the
 * same HTML with Electron's own printToPDF (electron/main/report-pdf.ts): playwright-core is a
 * development tool and never reaches the desktop build.
 */
export async function reportPdf(
  e: Engagement,
  lang: Language,
  o: { chromiumPath?: string; onProgress?: ReportProgress } = {},
) {
  const { html, doc } = reportHtml(e, lang, { forPrint: true, ...(o.onProgress ? { onProgress: o.onProgress } : {}) })
  o.onProgress?.('print', 0, 1)
  const pdf = await printPdf(html, o.chromiumPath ? { chromiumPath: o.chromiumPath } : {})
  o.onProgress?.('print', 1, 1)
  return { pdf, doc }
}

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { reportHtml } from '../../electron/core/report/export-report'
import { printPdf } from '../../electron/cli/chromium/print-pdf'
import { measure, measureAsync, print, requireChromium } from './measure'
import { findChromium, MISSING_CHROMIUM } from '../../electron/cli/chromium/find-chromium'
import { scaleEngagement } from './scale-engagement'

/** The report's HTML (diagnosis, document, charts) and its PDF, for the demo and for 200 respondents. */
export async function run(): Promise<void> {
  const chromium = requireChromium(findChromium, MISSING_CHROMIUM)
  const demoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-report-')), 'demo.terrain')
  buildDemo(demoFile, 'fr').close()
  for (const [label, file] of [
    ['demo', demoFile],
    ['200 respondents', scaleEngagement(200, 50_000)],
  ] as const) {
    const e = openEngagementFile(file)
    const c = e.counts()
    const sizes = { respondents: c.respondents, codings: c.codings }
    print(
      measure(
        'report',
        `${label}: build the HTML (diagnosis, document, charts)`,
        sizes,
        5,
        () => void reportHtml(e, 'fr', { forPrint: true }),
      ),
    )
    const { html } = reportHtml(e, 'fr', { forPrint: true })
    print(
      await measureAsync(
        'report',
        `${label}: print the PDF in Chromium (launch, layout, print)`,
        { ...sizes, htmlBytes: html.length },
        3,
        () => printPdf(html, { chromiumPath: chromium }),
      ),
    )
    e.close()
  }
}

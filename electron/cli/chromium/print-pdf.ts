import fs from 'node:fs'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { fail } from '../../../shared/domain/terrain-error'
import { mayPrintPageLoad, printPageHeaders, reportPrintPolicy } from '../../core/report/print-page-policy'
import { CHROMIUM_ARGS, findChromium } from './find-chromium'

/** How long Paged.js may take to lay out a long report. */
const LAYOUT_TIMEOUT_MS = 120_000

/** Where the report's page is served from inside Chromium: answered by the route, never by a network. */
export const REPORT_PAGE_URL = 'https://terrain.invalid/report.html'

/**
 * Opens the report's HTML in a page of the context, served from memory with its
 * Content-Security-Policy (setContent would leave the page without one), every other request
 * aborted, and waits for Paged.js to lay it out.
 */
export async function openReportForPrint(context: BrowserContext, html: string): Promise<Page> {
  const own = new Set([REPORT_PAGE_URL])
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === REPORT_PAGE_URL)
      return route.fulfill({ status: 200, headers: printPageHeaders(reportPrintPolicy()), body: html })
    // 'aborted', not 'blockedbyclient': a navigation blocked so would put an error page in the report's place.
    return mayPrintPageLoad(url, own) ? route.fallback() : route.abort('aborted')
  })
  // Route does not see WebSockets: close any at once (the policy forbids them already).
  await context.routeWebSocket(/.*/, (ws) => ws.close())
  const page = await context.newPage()
  await page.goto(REPORT_PAGE_URL, { waitUntil: 'load' })
  await page.waitForFunction(
    () => (globalThis as unknown as { __reportReady?: boolean }).__reportReady === true,
    null,
    { timeout: LAYOUT_TIMEOUT_MS },
  )
  return page
}

/**
 * Prints the report's HTML (with Paged.js in it) to an A4 PDF through Chromium's print engine, as
 * Electron's printToPDF does in the app. The browser comes from the option, TERRAIN_CHROMIUM or
 * CHROMIUM_PATH, else the usual system places; none found is a clear error.
 */
export async function printPdf(html: string, options: { chromiumPath?: string } = {}): Promise<Buffer> {
  if (options.chromiumPath && !fs.existsSync(options.chromiumPath)) {
    fail(
      'FILE_MISSING',
      `No Chromium at ${options.chromiumPath}. Give the path of the chromium executable, or leave --chromium out.`,
      options.chromiumPath,
    )
  }
  const executablePath = options.chromiumPath ?? findChromium()
  if (!executablePath) {
    fail(
      'FILE_MISSING',
      'No Chromium found to print the PDF. Install Chromium (apt-get install chromium) or give its path with --chromium or TERRAIN_CHROMIUM; --out report.html needs none.',
    )
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    // No service worker: it would answer requests the route never sees.
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await openReportForPrint(context, html)
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  } finally {
    await browser.close()
  }
}

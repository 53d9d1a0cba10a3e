import fs from 'node:fs'
import { chromium } from 'playwright-core'
import { fail } from '../../../shared/domain/terrain-error'
import { CHROMIUM_ARGS, findChromium } from './find-chromium'

/** How long Paged.js may take to lay out a long report. */
const LAYOUT_TIMEOUT_MS = 120_000

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
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.waitForFunction(
      () => (globalThis as unknown as { __reportReady?: boolean }).__reportReady === true,
      null,
      { timeout: LAYOUT_TIMEOUT_MS },
    )
    return await page.pdf({ preferCSSPageSize: true, printBackground: true })
  } finally {
    await browser.close()
  }
}

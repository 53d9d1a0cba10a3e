import { BrowserWindow, session, type Session } from 'electron'
import { randomUUID } from 'node:crypto'
import { mayPrintPageLoad, printPageHeaders, reportPrintPolicy } from '../core/report/print-page-policy'
import type { JobControl } from '../core/jobs/job-control'

/** How long Paged.js may take to lay out a long report. */
const LAYOUT_TIMEOUT_MS = 120_000

/** The reports being printed, by the URL of their page: their HTML stays in memory, never on disk. */
const pages = new Map<string, string>()
let printing: Session | undefined

/**
 * A session of its own, because the app's Content-Security-Policy (no inline script) would stop
 * Paged.js; in memory (no "persist:"), so nothing of the page is cached on disk. It answers the
 * pages being printed and nothing else: no other request, no permission.
 */
function printingSession(): Session {
  if (printing) return printing
  const s = session.fromPartition('terrain-report-print')
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.setSpellCheckerEnabled(false)
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayPrintPageLoad(details.url, pages) }))
  s.protocol.handle('terrain', (request) => {
    const html = pages.get(request.url)
    if (html === undefined) return new Response('Not found', { status: 404 })
    return new Response(html, { headers: printPageHeaders(reportPrintPolicy()) })
  })
  printing = s
  return s
}

/**
 * Prints the report's HTML (Paged.js inside) with Electron's printToPDF, in a hidden sandboxed
 * window: the same Chromium print engine the CLI uses, with the same inlined fonts and policy.
 */
export async function printReportPdf(html: string, job: JobControl): Promise<Buffer> {
  const s = printingSession()
  // A name no one can guess: the page is served while it prints, then forgotten.
  const url = `terrain://report/${randomUUID()}.html`
  pages.set(url, html)
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: s,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    },
  })
  try {
    await win.loadURL(url)
    const started = Date.now()
    while (!(await win.webContents.executeJavaScript('window.__reportReady === true'))) {
      if (Date.now() - started > LAYOUT_TIMEOUT_MS) throw new Error('The report took too long to lay out.')
      // Laying out is most of the printing: 60 % to 95 % of the job, as the time passes.
      job.step(60 + Math.min(35, Math.round((Date.now() - started) / 1000)), 100)
      await new Promise((r) => setTimeout(r, 100))
    }
    job.step(95, 100)
    return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
  } finally {
    win.destroy()
    pages.delete(url)
  }
}

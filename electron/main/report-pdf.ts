import { app, BrowserWindow, session } from 'electron'
import fs from 'node:fs'
import path from 'node:path'

/** How long Paged.js may take to lay out a long report. */
const LAYOUT_TIMEOUT_MS = 120_000

/**
 * Prints the report's HTML (Paged.js inside) with Electron's printToPDF, in a hidden sandboxed
 * window: the same Chromium print engine the CLI uses, with the same inlined fonts.
 */
export async function printReportPdf(html: string): Promise<Buffer> {
  // The HTML holds every verbatim: a private folder, readable by this user alone.
  const dir = fs.mkdtempSync(path.join(app.getPath('temp'), 'terrain-report-'))
  const file = path.join(dir, 'report.html')
  fs.writeFileSync(file, html, { mode: 0o600 })
  // A session of its own: the app's Content-Security-Policy (no inline script) would stop Paged.js.
  const printing = session.fromPartition('terrain-report-print')
  printing.setPermissionRequestHandler((_wc, _p, callback) => callback(false))
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printing,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
    },
  })
  try {
    await win.loadFile(file)
    const started = Date.now()
    while (!(await win.webContents.executeJavaScript('window.__reportReady === true'))) {
      if (Date.now() - started > LAYOUT_TIMEOUT_MS) throw new Error('The report took too long to lay out.')
      await new Promise((r) => setTimeout(r, 100))
    }
    return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
  } finally {
    win.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
